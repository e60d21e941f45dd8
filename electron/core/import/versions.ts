import type { CoreContext } from '../context';
import { statement } from '../db/statements';
import { blocksInOrder } from '../data/blocks';
import { fingerprintHashes, SAMPLE_MOD } from './versions-fingerprint';

/** Keep one sampled shingle (versions-fingerprint.ts) in ANCHOR_MOD to find candidates by index. */
const ANCHOR_MOD = 8;
/** Two documents are copies of one work when half of the smaller one is found in the other, and that half is
 * more than a quoted passage (a resolution quoting a report is not a copy of it). */
const SAME_WORK = 0.5;
const MIN_SHARED = Math.ceil(480 / SAMPLE_MOD); // about 480 characters of common text
/** An anchor found in more documents than this is boilerplate ("第一条 为了…制定本法"), not evidence of a copy. */
const COMMON = 24;

const isAnchor = (h: number) => ((h >>> 0) / SAMPLE_MOD) % ANCHOR_MOD === 0;

function docText(ctx: CoreContext, docId: number): string {
  return blocksInOrder(ctx.db, docId).map((r) => r.text).join('\n');
}

function loadShingles(ctx: CoreContext, docId: number): Int32Array {
  const row = statement(ctx.db, 'SELECT hashes FROM doc_shingles WHERE doc_id = ?').get(docId) as { hashes: Buffer } | undefined;
  if (!row) return new Int32Array(0);
  const b = row.hashes;
  return new Int32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
}

/** Anchors go in this many rows per statement. */
const ANCHORS_PER_INSERT = 64;
const INSERT_ANCHORS = Array.from({ length: ANCHORS_PER_INSERT + 1 }, (_, rows) => `INSERT OR IGNORE INTO doc_fingerprints (hash, doc_id) VALUES ${Array(rows).fill('(?, ?)').join(', ')}`);

/** Store a document's fingerprint: its text's, or `hashes` made already (fingerprintHashes, in an import's worker). */
export function storeFingerprint(ctx: CoreContext, docId: number, text: string | Int32Array, { fresh = false } = {}): void {
  const hashes = typeof text === 'string' ? fingerprintHashes(text) : text;
  if (!fresh) {
    const drop = statement(ctx.db, 'DELETE FROM doc_fingerprints WHERE hash = ? AND doc_id = ?');
    for (const h of loadShingles(ctx, docId).filter(isAnchor)) drop.run(h, docId);
  }
  statement(ctx.db, 'INSERT OR REPLACE INTO doc_shingles (doc_id, hashes) VALUES (?, ?)').run(docId, Buffer.from(hashes.buffer));
  const anchors = hashes.filter(isAnchor);
  for (let at = 0; at < anchors.length; at += ANCHORS_PER_INSERT) {
    const rows = anchors.subarray(at, at + ANCHORS_PER_INSERT);
    const params: number[] = [];
    for (const h of rows) params.push(h, docId);
    statement(ctx.db, INSERT_ANCHORS[rows.length]!).run(...params);
  }
  statement(ctx.db, 'UPDATE documents SET fingerprint_count = ? WHERE id = ?').run(hashes.length, docId);
}

function sharedCount(a: Int32Array, b: Int32Array): number {
  // Both sorted: walk them together.
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      n++;
      i++;
      j++;
    }
  }
  return n;
}

/** Documents that share enough text with docId (whose stored hashes are `own`) to be copies of the same work. */
function matchingDocuments(ctx: CoreContext, docId: number, own: Int32Array): number[] {
  // Each of the document's anchors is one lookup by hash (the primary key); an anchor shared by more than
  // COMMON documents is boilerplate and counts for nothing.
  const others = statement(ctx.db, `SELECT doc_id FROM doc_fingerprints WHERE hash = ? LIMIT ${COMMON + 1}`);
  const hits = new Map<number, number>();
  for (const h of own.filter(isAnchor)) {
    const docs = others.all(h) as { doc_id: number }[];
    if (docs.length > COMMON) continue;
    for (const { doc_id } of docs) if (doc_id !== docId) hits.set(doc_id, (hits.get(doc_id) ?? 0) + 1);
  }
  const live = statement(ctx.db, 'SELECT 1 FROM documents WHERE id = ? AND deleted_at IS NULL');
  const candidates = [...hits].filter(([id, n]) => n >= 2 && live.get(id) !== undefined).map(([id]) => ({ id })).sort((a, b) => a.id - b.id);
  if (candidates.length === 0) return [];
  return candidates
    .map(({ id }) => {
      const other = loadShingles(ctx, id);
      const shared = sharedCount(own, other);
      return { id, shared, ratio: shared / Math.max(1, Math.min(own.length, other.length)) };
    })
    .filter((m) => m.shared >= MIN_SHARED && m.ratio >= SAME_WORK)
    .map((m) => m.id);
}

function workTitle(title: string): string {
  // "…（2021—2025年）（报纸电子版）" → the work's name without the note on this copy.
  return title.replace(/[（(][^（()）\d]*[）)]\s*$/, '').trim() || title;
}

/** How many distinct hashes the arrays hold together: one native sort, not a Set of every hash. */
function distinctCount(arrays: Int32Array[]): number {
  const all = new Int32Array(arrays.reduce((n, a) => n + a.length, 0));
  let at = 0;
  for (const a of arrays) all.set(a, (at += a.length) - a.length);
  all.sort();
  let n = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) n++;
  return n;
}

/** Recompute each member's completeness: the share of the work's known text this copy holds. */
export function updateCompleteness(ctx: CoreContext, workId: number): void {
  const members = statement(ctx.db, 'SELECT id, title, fingerprint_count AS n FROM documents WHERE work_id = ? AND deleted_at IS NULL')
    .all(workId) as { id: number; title: string; n: number }[];
  if (members.length < 2) {
    for (const m of members) statement(ctx.db, 'UPDATE documents SET work_id = NULL, completeness = NULL WHERE id = ?').run(m.id);
    statement(ctx.db, 'DELETE FROM works WHERE id = ?').run(workId);
    return;
  }
  const union = distinctCount(members.map((m) => loadShingles(ctx, m.id)));
  const update = statement(ctx.db, 'UPDATE documents SET completeness = ? WHERE id = ? AND completeness IS NOT ?');
  for (const m of members) {
    const completeness = union > 0 ? Math.round((m.n / union) * 1000) / 1000 : null;
    update.run(completeness, m.id, completeness);
  }
  const fullest = [...members].sort((a, b) => b.n - a.n)[0]!;
  statement(ctx.db, 'UPDATE works SET title = ? WHERE id = ?').run(workTitle(fullest.title), workId);
}

/**
 * Put a newly stored document into the work its copies belong to (creating or merging works as needed).
 * `own`: its stored fingerprint when the caller has it at hand.
 */
export function groupDocument(ctx: CoreContext, docId: number, own: Int32Array = loadShingles(ctx, docId)): number | null {
  const matches = matchingDocuments(ctx, docId, own);
  if (matches.length === 0) return null;
  const placeholders = matches.map(() => '?').join(',');
  const works = (
    statement(ctx.db, `SELECT DISTINCT work_id AS w FROM documents WHERE id IN (${placeholders}) AND work_id IS NOT NULL`).all(...matches) as { w: number }[]
  ).map((r) => r.w);
  let workId = works.length > 0 ? Math.min(...works) : Number(statement(ctx.db, "INSERT INTO works (title) VALUES ('')").run().lastInsertRowid);
  for (const other of works) {
    if (other === workId) continue;
    statement(ctx.db, 'UPDATE documents SET work_id = ? WHERE work_id = ?').run(workId, other);
    statement(ctx.db, 'DELETE FROM works WHERE id = ?').run(other);
  }
  // Members already in the work (every earlier copy, once a work has several) are left as they are.
  const setWork = statement(ctx.db, 'UPDATE documents SET work_id = ? WHERE id = ? AND work_id IS NOT ?');
  setWork.run(workId, docId, workId);
  for (const m of matches) setWork.run(workId, m, workId);
  updateCompleteness(ctx, workId);
  return workId;
}

/** Fingerprint documents imported before versions existed, then group the whole library again. */
export function regroupLibrary(ctx: CoreContext): void {
  ctx.db.transaction(() => {
    const missing = statement(ctx.db, 'SELECT id FROM documents WHERE fingerprint_count = 0 AND deleted_at IS NULL').all() as { id: number }[];
    for (const { id } of missing) storeFingerprint(ctx, id, docText(ctx, id));
    statement(ctx.db, 'UPDATE documents SET work_id = NULL, completeness = NULL').run();
    statement(ctx.db, 'DELETE FROM works').run();
    const ids = statement(ctx.db, 'SELECT id FROM documents WHERE deleted_at IS NULL ORDER BY id').all() as { id: number }[];
    for (const { id } of ids) groupDocument(ctx, id);
  })();
}

/** Fingerprint any documents that predate this (or whose fingerprint is missing), so new imports can find them. */
export function fingerprintMissing(ctx: CoreContext): void {
  const missing = statement(ctx.db, 'SELECT id FROM documents WHERE fingerprint_count = 0 AND deleted_at IS NULL AND chars > 0').all() as { id: number }[];
  for (const { id } of missing) storeFingerprint(ctx, id, docText(ctx, id));
}
