import type { Db } from '../db/open-database';
import { statement } from '../db/statements';
import { rowTokens, searchRows, type SearchRows } from './search-rows';

// The on-disk index (migrations 008, 015, 016): search_grams (FTS5, rowid = searchKey(doc, seq)), search_docs
// (what is indexed per document) and search_dirty (documents the triggers marked since).

/** SQL for the block id of search key `k` (search_docs joined as `s`): one lookup when the ids run with seq. */
export const BLOCK_ID_OF_KEY = (k: string) =>
  `coalesce(s.id_base + (${k} & ${2 ** 24 - 1}), (SELECT id FROM blocks WHERE doc_id = ${k} >> 24 AND seq = ${k} & ${2 ** 24 - 1}))`;

/** Rows of one document occupy [doc * 2^24, (doc + 1) * 2^24): a document or chapter is one rowid range. */
export const SEQ_BITS = 2 ** 24;
export const searchKey = (docId: number, seq: number): number => docId * SEQ_BITS + seq;
export const docOfKey = (key: number): number => Math.floor(key / SEQ_BITS);
export const seqOfKey = (key: number): number => key % SEQ_BITS;

// The triggers come last (from 'search_blocks_delete' on). Blocks inserted mark their document themselves
// (import/store-document.ts): migration 015 dropped 008's insert trigger.
const SCHEMA_OBJECTS = ['search_grams', 'search_docs', 'search_dirty', 'search_headings', 'search_blocks_delete', 'search_blocks_update', 'search_documents_delete'];

/**
 * At open: a library whose index objects were dropped or damaged by hand gets them back (from the text of
 * 008, 015 and 016), and every document the index does not describe, or describes but no longer exists, is queued.
 */
export function checkSearchIndex(db: Db, schemaSql: () => string): void {
  const present = db
    .prepare(`SELECT count(*) FROM sqlite_master WHERE name IN (${SCHEMA_OBJECTS.map(() => '?').join(', ')})`)
    .pluck()
    .get(...SCHEMA_OBJECTS) as number;
  const missing = present < SCHEMA_OBJECTS.length;
  const queued = () =>
    db
      .prepare(
        `SELECT count(*) FROM (SELECT d.id FROM documents d LEFT JOIN search_docs s ON s.doc_id = d.id
         WHERE s.doc_id IS NULL AND d.id NOT IN (SELECT doc_id FROM search_dirty)
         UNION SELECT s.doc_id FROM search_docs s LEFT JOIN documents d ON d.id = s.doc_id WHERE d.id IS NULL)`,
      )
      .pluck()
      .get() as number;
  if (!missing && queued() === 0) return;
  db.transaction(() => {
    if (missing) {
      for (const name of SCHEMA_OBJECTS.slice(4)) db.exec(`DROP TRIGGER IF EXISTS ${name}`);
      db.exec('DROP TABLE IF EXISTS search_grams; DROP TABLE IF EXISTS search_docs; DROP TABLE IF EXISTS search_dirty;');
      db.exec(schemaSql());
      return;
    }
    // A document neither described nor queued may still have rows (search_docs lost a row): describe it
    // as covering all its blocks, so re-indexing removes whatever rows it has first.
    db.prepare(
      `INSERT INTO search_docs (doc_id, seq_end, id_base, blocks, chars)
       SELECT d.id, coalesce((SELECT max(seq) + 1 FROM blocks WHERE doc_id = d.id), 0), NULL, 0, 0 FROM documents d
       WHERE d.id NOT IN (SELECT doc_id FROM search_docs) AND d.id NOT IN (SELECT doc_id FROM search_dirty)`,
    ).run();
    db.prepare(
      `INSERT OR IGNORE INTO search_dirty (doc_id)
       SELECT s.doc_id FROM search_docs s LEFT JOIN documents d ON d.id = s.doc_id WHERE d.id IS NULL OR s.blocks = 0`,
    ).run();
  })();
}

export function hasDirtyDocuments(db: Db): boolean {
  return statement(db, 'SELECT 1 FROM search_dirty LIMIT 1').get() !== undefined;
}

/**
 * Bring the index up to date with the blocks of every queued document: its old rows out, its current
 * blocks in. Imports call it inside their transaction (the new document is then searchable the moment
 * it is visible); searches call it first, so a change made anywhere else is never missed. Each document
 * is its own transaction when called outside one; inside one, they share one savepoint. Returns the
 * number of documents (re)indexed.
 */
export function indexDirtyDocuments(db: Db, budgetMs = Infinity, ready?: ReadonlyMap<number, SearchRows>): number {
  const started = performance.now();
  const queued = (statement(db, 'SELECT doc_id FROM search_dirty ORDER BY doc_id').all() as { doc_id: number }[]).map((r) => r.doc_id);
  // Inside a transaction, all of them in one savepoint: FTS5 writes its pending postings out as a new
  // segment whenever a savepoint opens, so one savepoint per document would make a segment per document.
  const inOne = db.inTransaction;
  let indexed = 0;
  const run = () => {
    for (const docId of queued) {
      if (performance.now() - started > budgetMs) break;
      indexed++;
      if (inOne) indexDocument(db, docId, ready?.get(docId));
      else db.transaction(() => indexDocument(db, docId, ready?.get(docId))).immediate();
    }
  };
  if (!inOne) run();
  else if (queued.length > 0) db.transaction(run)();
  return indexed;
}

// While an import batch is indexed, FTS5 keeps up to 4 MB of postings in memory (its 'hashsize', 1 MB by
// default) before writing them out as a segment, and merges segments 16 at a time rather than 4 (its
// 'automerge'): fewer, larger segments, each posting rewritten fewer times (4–8% faster in paired imports, within this machine's noise).
// The settings go back inside the batch's transaction, so the ones in force never change (a library that
// had none stored gets FTS5's defaults written out), even when the import is killed; later writes merge
// at the usual rate again.
const BULK_SETTINGS = { hashsize: 4 * 1024 * 1024, automerge: 16 };
const DEFAULT_SETTINGS = { hashsize: 1024 * 1024, automerge: 4 };
type IndexSettings = typeof DEFAULT_SETTINGS;

/** Set FTS5 options of search_grams. Each setting first writes the pending postings out. */
function applySettings(db: Db, settings: IndexSettings): void {
  for (const [name, value] of Object.entries(settings)) {
    db.exec(`INSERT INTO search_grams (search_grams, rank) VALUES ('${name}', ${Math.trunc(value)})`);
  }
}

function storedSettings(db: Db): IndexSettings {
  const rows = statement(db, "SELECT k, v FROM search_grams_config WHERE k IN ('hashsize', 'automerge')").all() as { k: keyof IndexSettings; v: number }[];
  const settings = { ...DEFAULT_SETTINGS };
  for (const { k, v } of rows) settings[k] = v;
  return settings;
}

/**
 * indexDirtyDocuments for a whole import batch, inside the caller's transaction. `ready`: the rows of
 * documents the import made already (searchRows of their blocks, in an import's worker), by document.
 */
export function indexDirtyDocumentsInBulk(db: Db, ready?: ReadonlyMap<number, SearchRows>): number {
  if (!db.inTransaction) throw new Error('indexDirtyDocumentsInBulk runs inside the import transaction');
  if (!hasDirtyDocuments(db)) return 0;
  const stored = storedSettings(db);
  applySettings(db, BULK_SETTINGS);
  const indexed = indexDirtyDocuments(db, Infinity, ready);
  applySettings(db, stored);
  return indexed;
}

function indexDocument(db: Db, docId: number, ready?: SearchRows): void {
  const before = statement(db, 'SELECT seq_end FROM search_docs WHERE doc_id = ?').get(docId) as { seq_end: number } | undefined;
  if (before) {
    const drop = statement(db, 'DELETE FROM search_grams WHERE rowid = ?');
    for (let seq = 0; seq < before.seq_end; seq++) drop.run(searchKey(docId, seq));
    statement(db, 'DELETE FROM search_docs WHERE doc_id = ?').run(docId);
  }
  const rows = (ready && readyRows(db, docId, ready)) ?? storedRows(db, docId);
  if (rows.seqs.length > 0) {
    const last = rows.seqs.at(-1)!;
    if (last >= SEQ_BITS) throw new Error(`Document ${docId} has more blocks than the search index can hold`);
    const insert = statement(db, 'INSERT INTO search_grams (rowid, grams) VALUES (?, CAST(? AS TEXT))');
    rows.seqs.forEach((seq, i) => insert.run(searchKey(docId, seq), rowTokens(rows, i)));
    statement(db, 'INSERT INTO search_docs (doc_id, seq_end, id_base, blocks, chars, folds) VALUES (?, ?, ?, ?, ?, ?)').run(
      docId,
      last + 1,
      rows.idBase,
      rows.seqs.length,
      rows.chars,
      rows.folds ? 1 : 0,
    );
  }
  statement(db, 'DELETE FROM search_dirty WHERE doc_id = ?').run(docId);
}

interface RowsToIndex extends SearchRows {
  seqs: number[];
  /** The blocks' ids are id_base + seq (as an import writes them): a hit's block is one lookup away. */
  idBase: number | null;
}

/** Rows made before the blocks were stored, if they fit the blocks: only blocks stored as they were made (seq 0, 1, 2, …). */
function readyRows(db: Db, docId: number, ready: SearchRows): RowsToIndex | null {
  const shape = statement(
    db,
    'SELECT count(*) AS n, min(seq) AS first, max(seq) AS last, min(id - seq) AS low, max(id - seq) AS high FROM blocks WHERE doc_id = ?',
  ).get(docId) as { n: number; first: number | null; last: number | null; low: number | null; high: number | null };
  if (shape.n !== ready.ends.length || (shape.n > 0 && (shape.first !== 0 || shape.last !== shape.n - 1))) return null;
  const seqs = Array.from(ready.ends, (_, i) => i);
  return { ...ready, seqs, idBase: shape.low !== null && shape.low === shape.high ? shape.low : null };
}

function storedRows(db: Db, docId: number): RowsToIndex {
  const blocks = statement(db, 'SELECT id, seq, text FROM blocks WHERE doc_id = ? ORDER BY seq').all(docId) as { id: number; seq: number; text: string }[];
  const first = blocks[0];
  const idBase = first && blocks.every((b) => b.id - b.seq === first.id - first.seq) ? first.id - first.seq : null;
  return { ...searchRows(blocks), seqs: blocks.map((b) => b.seq), idBase };
}
