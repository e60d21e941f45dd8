import type { Db } from '../db/open-database';
import { statement } from '../db/statements';
import { normalizeForSearch } from '../../shared/search-query';
import { buildSegment, encodeSegment, SEGMENT_FORMAT } from './segment-codec';

// The persistent side of the index: one postings blob per document in search_segments, rebuilt for
// every document the triggers put in search_dirty. Works on any connection; no SQL functions needed.

const SCHEMA = `
CREATE TABLE IF NOT EXISTS search_segments (
  id INTEGER PRIMARY KEY AUTOINCREMENT, doc_id INTEGER NOT NULL UNIQUE, format INTEGER NOT NULL,
  block_count INTEGER NOT NULL, char_count INTEGER NOT NULL, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS search_dirty (doc_id INTEGER PRIMARY KEY);
CREATE TRIGGER IF NOT EXISTS search_blocks_insert AFTER INSERT ON blocks BEGIN
  INSERT OR IGNORE INTO search_dirty (doc_id) VALUES (new.doc_id); END;
CREATE TRIGGER IF NOT EXISTS search_blocks_delete AFTER DELETE ON blocks BEGIN
  INSERT OR IGNORE INTO search_dirty (doc_id) VALUES (old.doc_id); END;
CREATE TRIGGER IF NOT EXISTS search_blocks_update AFTER UPDATE OF doc_id, seq, kind, level, text ON blocks BEGIN
  INSERT OR IGNORE INTO search_dirty (doc_id) VALUES (old.doc_id);
  INSERT OR IGNORE INTO search_dirty (doc_id) VALUES (new.doc_id); END;
CREATE TRIGGER IF NOT EXISTS search_documents_delete AFTER DELETE ON documents BEGIN
  INSERT OR IGNORE INTO search_dirty (doc_id) VALUES (old.id); END;`;

/**
 * At open: make sure the index tables and triggers exist (a damaged or hand-edited library may lack them),
 * and queue every document whose postings are missing, stale or orphaned.
 */
export function checkSearchIndex(db: Db): void {
  const present = db
    .prepare("SELECT count(*) AS n FROM sqlite_master WHERE name IN ('search_segments', 'search_dirty', 'search_blocks_insert', 'search_blocks_delete', 'search_blocks_update', 'search_documents_delete')")
    .get() as { n: number };
  db.transaction(() => {
    if (present.n < 6) db.exec(SCHEMA);
    db.prepare(
      `INSERT OR IGNORE INTO search_dirty (doc_id)
       SELECT d.id FROM documents d LEFT JOIN search_segments s ON s.doc_id = d.id
       WHERE s.doc_id IS NULL OR s.format <> ?
       UNION SELECT s.doc_id FROM search_segments s LEFT JOIN documents d ON d.id = s.doc_id WHERE d.id IS NULL`,
    ).run(SEGMENT_FORMAT);
  })();
}

export function hasDirtyDocuments(db: Db): boolean {
  return statement(db, 'SELECT 1 FROM search_dirty LIMIT 1').get() !== undefined;
}

/** Mark documents for re-indexing (their postings turned out damaged). */
export function markDirty(db: Db, docIds: Iterable<number>): void {
  const mark = db.prepare('INSERT OR IGNORE INTO search_dirty (doc_id) VALUES (?)');
  db.transaction(() => {
    for (const id of docIds) mark.run(id);
  })();
}

/**
 * Build the postings of every queued document. Each document is one transaction, so an import of
 * thousands of files is never blocked for long and a crash loses nothing (the queue is still there).
 * Returns the number of documents (re)indexed.
 */
export function indexDirtyDocuments(db: Db, budgetMs = Infinity): number {
  const started = performance.now();
  const queued = (statement(db, 'SELECT doc_id FROM search_dirty ORDER BY doc_id').all() as { doc_id: number }[]).map((r) => r.doc_id);
  const blocksOf = statement(db, 'SELECT text FROM blocks WHERE doc_id = ? ORDER BY seq');
  const drop = statement(db, 'DELETE FROM search_segments WHERE doc_id = ?');
  const store = statement(db, 'INSERT INTO search_segments (doc_id, format, block_count, char_count, data) VALUES (?, ?, ?, ?, ?)');
  const done = statement(db, 'DELETE FROM search_dirty WHERE doc_id = ?');
  let indexed = 0;
  for (const docId of queued) {
    if (performance.now() - started > budgetMs) break;
    indexed++;
    db.transaction(() => {
      const texts = (blocksOf.all(docId) as { text: string }[]).map((r) => normalizeForSearch(r.text));
      drop.run(docId);
      if (texts.length > 0) {
        const chars = texts.reduce((n, t) => n + t.length, 0);
        store.run(docId, SEGMENT_FORMAT, texts.length, chars, encodeSegment(buildSegment(texts)));
      }
      done.run(docId);
    }).immediate();
  }
  return indexed;
}
