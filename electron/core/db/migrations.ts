import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * The folder of numbered files NNN_name.sql (the number is the schema version it produces), read at
 * run time in plain Node: beside this module in the sources (vitest), and copied to out/main/migrations
 * by the build (electron.vite.config.ts), where this module is bundled into out/main or out/main/chunks.
 */
export function migrationsDir(): string {
  const candidates = [path.join(here, 'migrations'), path.join(here, '..', 'migrations')];
  const found = candidates.find((dir) => fs.existsSync(path.join(dir, '001_init.sql')));
  if (!found) throw new Error(`The migrations folder is missing (looked in ${candidates.join(', ')})`);
  return found;
}

export function loadMigrations(dir = migrationsDir()): Migration[] {
  const list = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .map((file) => {
      const match = /^(\d{3})_([\w-]+)\.sql$/.exec(file);
      if (!match) throw new Error(`Migration file name must be NNN_name.sql: ${file}`);
      return { version: Number(match[1]), name: match[2]!, sql: fs.readFileSync(path.join(dir, file), 'utf8') };
    })
    .sort((a, b) => a.version - b.version);
  list.forEach((m, i) => {
    if (i > 0 && m.version <= list[i - 1]!.version) throw new Error(`Two migrations are numbered ${m.version}`);
  });
  return list;
}

export const migrations: Migration[] = loadMigrations();
