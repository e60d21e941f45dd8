import type { CoreContext } from '../context';
import { statement } from '../db/statements';
import { blocksInOrder } from '../data/blocks';

const SHINGLE = 12;
/** Keep one shingle in SAMPLE_MOD to compare texts; one in ANCHOR_MOD of those to find candidates by index. */
const SAMPLE_MOD = 16;
const ANCHOR_MOD = 8;
/** Two documents are copies of one work when half of the smaller one is found in the other, and that half is
 * more than a quoted passage (a resolution quoting a report is not a copy of it). */
const SAME_WORK = 0.5;
const MIN_SHARED = Math.ceil(480 / SAMPLE_MOD); // about 480 characters of common text
/** An anchor found in more documents than this is boilerplate ("第一条 为了…制定本法"), not evidence of a copy. */
const COMMON = 24;

/** Text reduced to what stays the same across copies: Han characters, letters and digits, half-width. */
export function normalizeForComparison(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[^\u4E00-\u9FFF\u3400-\u4DBFA-Za-z0-9]/g, '')
    .toLowerCase();
}

const BASE = 0x01000193;
// BASE^(SHINGLE-1) in 32-bit arithmetic, to take the outgoing character off the rolling hash.
const BASE_TOP = Array.from({ length: SHINGLE - 1 }).reduce<number>((p) => Math.imul(p, BASE), 1);

/** Spread the bits of a rolling hash so that sampling by its low bits is fair. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** The code unit normalizeForComparison keeps for `c` (half-width, lower case), or -1 when it drops it. */
function comparisonUnit(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a)) return c;
  if (c >= 0x41 && c <= 0x5a) return c + 0x20;
  return -1;
}

/** The last SHINGLE kept units, to take the outgoing one off the rolling hash. */
const recent = new Int32Array(SHINGLE);

/**
 * Sampled shingle hashes of a text (a rolling hash over every run of SHINGLE characters of its
 * normalizeForComparison form), computed in one pass over the text without building that form.
 */
export function fingerprint(text: string): Set<number> {
  const out = new Set<number>();
  let h = 0;
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const c = comparisonUnit(text.charCodeAt(i));
    if (c < 0) continue;
    if (kept >= SHINGLE) h = (h - Math.imul(recent[kept % SHINGLE]!, BASE_TOP)) | 0;
    h = (Math.imul(h, BASE) + c) | 0;
    recent[kept % SHINGLE] = c;
    kept++;
    if (kept >= SHINGLE) {
      const m = mix(h);
      if ((m >>> 0) % SAMPLE_MOD === 0) out.add(m);
    }
  }
  return out;
}

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

export function storeFingerprint(ctx: CoreContext, docId: number, text: string, { fresh = false } = {}): void {
  const hashes = Int32Array.from(fingerprint(text)).sort();
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

/** Documents that share enough text with docId to be copies of the same work. */
function matchingDocuments(ctx: CoreContext, docId: number): number[] {
  // Each of the document's anchors is one lookup by hash (the primary key); an anchor shared by more than
  // COMMON documents is boilerplate and counts for nothing.
  const own = loadShingles(ctx, docId);
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

/** Recompute each member's completeness: the share of the work's known text this copy holds. */
export function updateCompleteness(ctx: CoreContext, workId: number): void {
  const members = statement(ctx.db, 'SELECT id, title, fingerprint_count AS n FROM documents WHERE work_id = ? AND deleted_at IS NULL')
    .all(workId) as { id: number; title: string; n: number }[];
  if (members.length < 2) {
    for (const m of members) statement(ctx.db, 'UPDATE documents SET work_id = NULL, completeness = NULL WHERE id = ?').run(m.id);
    statement(ctx.db, 'DELETE FROM works WHERE id = ?').run(workId);
    return;
  }
  const all = new Set<number>();
  for (const m of members) for (const h of loadShingles(ctx, m.id)) all.add(h);
  const union = all.size;
  const update = statement(ctx.db, 'UPDATE documents SET completeness = ? WHERE id = ?');
  for (const m of members) update.run(union > 0 ? Math.round((m.n / union) * 1000) / 1000 : null, m.id);
  const fullest = [...members].sort((a, b) => b.n - a.n)[0]!;
  statement(ctx.db, 'UPDATE works SET title = ? WHERE id = ?').run(workTitle(fullest.title), workId);
}

/** Put a newly stored document into the work its copies belong to (creating or merging works as needed). */
export function groupDocument(ctx: CoreContext, docId: number): number | null {
  const matches = matchingDocuments(ctx, docId);
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
  const setWork = statement(ctx.db, 'UPDATE documents SET work_id = ? WHERE id = ?');
  setWork.run(workId, docId);
  for (const m of matches) setWork.run(workId, m);
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
