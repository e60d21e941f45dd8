/// <reference types="vite/client" />

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

// Numbered files NNN_name.sql, bundled at build time; the number is the schema version it produces.
const files = import.meta.glob('./migrations/*.sql', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>;

export const migrations: Migration[] = Object.entries(files)
  .map(([path, sql]) => {
    const match = /\/(\d{3})_([\w-]+)\.sql$/.exec(path);
    if (!match) throw new Error(`Migration file name must be NNN_name.sql: ${path}`);
    return { version: Number(match[1]), name: match[2]!, sql };
  })
  .sort((a, b) => a.version - b.version);

migrations.forEach((m, i) => {
  if (i > 0 && m.version <= migrations[i - 1]!.version) throw new Error(`Two migrations are numbered ${m.version}`);
});
