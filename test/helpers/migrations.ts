import Database from 'better-sqlite3';
import { loadMigrations } from '../../electron/core/db/migrations';

const all = loadMigrations();

/** A library as the version that stopped at `version` wrote it, in memory. */
export function libraryAt(version: number): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  db.transaction(() => {
    for (const m of all.filter((m) => m.version <= version)) db.exec(m.sql);
    db.pragma(`user_version = ${version}`);
  })();
  return db;
}

/** The schema version just before migration `version`. */
export function versionBefore(version: number): number {
  return Math.max(0, ...all.filter((m) => m.version < version).map((m) => m.version));
}

/** A text document with one paragraph per string, written with plain SQL (any schema version has these columns). */
export function addDocument(db: Database.Database, title: string, blocks: string[]): number {
  const id = Number(
    db
      .prepare("INSERT INTO documents (title, source_name, content_hash, format, encoding, chars) VALUES (?, ?, ?, 'txt', 'utf-8', ?)")
      .run(title, `${title}.txt`, `hash-${title}`, blocks.join('').length).lastInsertRowid,
  );
  const insert = db.prepare("INSERT INTO blocks (doc_id, seq, kind, level, text) VALUES (?, ?, 'paragraph', 0, ?)");
  blocks.forEach((text, seq) => insert.run(id, seq, text));
  return id;
}
