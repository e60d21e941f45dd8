import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** File name → SQL of every migration, put in by the build (electron.vite.config.ts); absent when run from source. */
declare const __POLICY_READER_MIGRATIONS__: Record<string, string> | undefined;

/** The folder of numbered files NNN_name.sql (the number is the schema version it produces), beside this module. */
export function migrationsDir(): string {
  return path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
}

function fromFiles(files: Record<string, string>): Migration[] {
  const list = Object.entries(files)
    .filter(([file]) => file.endsWith('.sql'))
    .map(([file, sql]) => {
      const match = /^(\d{3})_([\w-]+)\.sql$/.exec(file);
      if (!match) throw new Error(`Migration file name must be NNN_name.sql: ${file}`);
      return { version: Number(match[1]), name: match[2]!, sql };
    })
    .sort((a, b) => a.version - b.version);
  list.forEach((m, i) => {
    if (i > 0 && m.version <= list[i - 1]!.version) throw new Error(`Two migrations are numbered ${m.version}`);
  });
  return list;
}

/** The migrations as plain .sql files in their folder (tests, and running from source). */
export function loadMigrations(dir = migrationsDir()): Migration[] {
  return fromFiles(Object.fromEntries(fs.readdirSync(dir).map((f) => [f, f.endsWith('.sql') ? fs.readFileSync(path.join(dir, f), 'utf8') : ''])));
}

export const migrations: Migration[] =
  typeof __POLICY_READER_MIGRATIONS__ === 'undefined' ? loadMigrations() : fromFiles(__POLICY_READER_MIGRATIONS__);
