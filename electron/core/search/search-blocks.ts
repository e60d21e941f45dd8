import { ReaderError } from '../../shared/errors';
import { parseQuery } from '../../shared/search-query';
import type { SearchHit, SearchResult } from '../../shared/search-types';
import type { Statement } from 'better-sqlite3';
import type { Db } from '../db/open-database';
import { compileTerm, matchDocument } from './match-documents';
import type { IndexedDocument, MemoryIndex } from './memory-index';
import { compareRanked, exactScore, offerMatches, TopK } from './rank';
import { makeSnippet } from './snippet';
import { enclosingHeadings } from '../../shared/chapter-path';

export interface SearchArgs {
  query: string;
  docId?: number;
  /** A version group (documents.work_id). */
  workId?: number;
  /** A heading's block id: only the blocks under it, up to the next heading of the same or a higher level. */
  chapterId?: number;
  limit?: number;
}

/** How many cheaply-ranked matches are re-scored exactly, per result wanted. */
const RESCORE_FACTOR = 4;
const MIN_RESCORE = 200;

export function searchBlocks(db: Db, index: MemoryIndex, args: SearchArgs): SearchResult {
  const started = performance.now();
  const { include, exclude } = parseQuery(args.query);
  const limit = args.limit ?? 50;
  const empty: SearchResult = { total: 0, tookMs: 0, hits: [], docs: [], terms: include, excluded: exclude };
  if (include.length === 0) return { ...empty, tookMs: elapsed(started) };
  index.sync();
  const live = liveDocuments(db);
  const scope = scopeOf(db, index, args, live);
  const termChars = include.reduce((n, t) => n + t.length, 0);
  const top = new TopK(Math.max(MIN_RESCORE, limit * RESCORE_FACTOR));
  const counts: { doc: IndexedDocument; count: number }[] = [];
  let total = 0;
  const compiled = { include: include.map(compileTerm), exclude: exclude.map(compileTerm) };
  for (const { doc, within } of scope) {
    const ords = matchDocument(doc, within ? { ...compiled, within } : compiled);
    if (ords.length === 0) continue;
    total += ords.length;
    counts.push({ doc, count: ords.length });
    offerMatches(top, doc, ords, termChars);
  }
  const best = top
    .result()
    .map((r) => ({ ...r, score: exactScore(r.doc, r.ord, include) }))
    .sort(compareRanked)
    .slice(0, limit);
  const hits: SearchHit[] = best.map(({ doc, ord, score }) => {
    const blockId = doc.blockIds[ord]!;
    const { snippet, highlights } = makeSnippet(index.blockText(blockId), include);
    return {
      docId: doc.docId,
      blockId,
      snippet,
      highlights,
      kind: doc.levels[ord]! > 0 ? 'heading' : 'paragraph',
      level: doc.levels[ord]!,
      path: chapterPath(doc, ord),
      score: Math.round(score * 1000) / 1000,
    };
  });
  // Documents in the order their best hit appears, then the rest by how often they match.
  const firstHit = new Map<number, number>();
  hits.forEach((h, i) => firstHit.has(h.docId) || firstHit.set(h.docId, i));
  const docs = counts
    .sort((a, b) => (firstHit.get(a.doc.docId) ?? Infinity) - (firstHit.get(b.doc.docId) ?? Infinity) || b.count - a.count || a.doc.docId - b.doc.docId)
    .map(({ doc, count }) => ({ docId: doc.docId, title: live.get(doc.docId)?.title ?? '', count }));
  return { total, tookMs: elapsed(started), hits, docs, terms: include, excluded: exclude };
}

function elapsed(started: number): number {
  return Math.round((performance.now() - started) * 100) / 100;
}

interface LiveDocument {
  title: string;
  workId: number | null;
}

interface LiveCache {
  version: Statement;
  changes: Statement;
  rows: Statement;
  key: string;
  docs: Map<number, LiveDocument>;
}
const liveCache = new WeakMap<Db, LiveCache>();

/** Documents not in the bin, cached until the database changes (here or in another process). */
function liveDocuments(db: Db): Map<number, LiveDocument> {
  let cache = liveCache.get(db);
  if (!cache) {
    cache = {
      version: db.prepare('PRAGMA data_version').pluck(),
      changes: db.prepare('SELECT total_changes()').pluck(),
      rows: db.prepare('SELECT id, title, work_id FROM documents WHERE deleted_at IS NULL'),
      key: '',
      docs: new Map(),
    };
    liveCache.set(db, cache);
  }
  const key = `${cache.version.get()}:${cache.changes.get()}`;
  if (cache.key === key) return cache.docs;
  const rows = cache.rows.all() as { id: number; title: string; work_id: number | null }[];
  cache.docs = new Map(rows.map((r) => [r.id, { title: r.title, workId: r.work_id }]));
  cache.key = key;
  return cache.docs;
}

function scopeOf(
  db: Db,
  index: MemoryIndex,
  args: SearchArgs,
  live: Map<number, LiveDocument>,
): { doc: IndexedDocument; within?: { from: number; to: number } }[] {
  if (args.chapterId !== undefined) {
    const row = db.prepare('SELECT doc_id, kind FROM blocks WHERE id = ?').get(args.chapterId) as { doc_id: number; kind: string } | undefined;
    if (!row || row.kind !== 'heading') {
      throw new ReaderError('not_found', `No heading with block id ${args.chapterId}`, `找不到编号为 ${args.chapterId} 的章节标题`);
    }
    if (args.docId !== undefined && args.docId !== row.doc_id) return [];
    const doc = index.get(row.doc_id);
    if (!doc || !live.has(row.doc_id)) return [];
    const from = doc.blockIds.indexOf(args.chapterId);
    let to = from + 1;
    while (to < doc.levels.length && (doc.levels[to] === 0 || doc.levels[to]! > doc.levels[from]!)) to++;
    return [{ doc, within: { from, to } }];
  }
  if (args.docId !== undefined) {
    if (!live.has(args.docId)) throw new ReaderError('not_found', `No document with id ${args.docId}`, `找不到编号为 ${args.docId} 的文档`);
    const doc = index.get(args.docId);
    return doc ? [{ doc }] : [];
  }
  return index
    .documents()
    .filter((d) => {
      const info = live.get(d.docId);
      return info !== undefined && (args.workId === undefined || info.workId === args.workId);
    })
    .map((doc) => ({ doc }));
}

/** The chapter path of a block (the rule: shared/chapter-path.ts); levels are 0 for paragraphs. */
export function chapterPath(doc: IndexedDocument, ord: number): string[] {
  return enclosingHeadings((i) => doc.levels[i]!, ord).map((i) => doc.headings.get(i)!);
}
