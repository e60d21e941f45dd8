import { ReaderError } from '../../shared/errors';
import { normalizeForSearch, parseQuery } from '../../shared/search-query';
import type { SearchDocCount, SearchFacets, SearchHit, SearchResult, SearchSort } from '../../shared/search-types';
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';
import { headingsInOrder } from '../data/blocks';
import { chapterPathsOf, headingAtOrBefore } from '../../shared/chapter-path';
import { compileQuery, needsVerification, passesVerification, type CompiledQuery } from './compile-query';
import { BLOCK_ID_OF_KEY, hasDirtyDocuments, indexDirtyDocuments, searchKey, SEQ_BITS } from './index-store';
import { liveLibrary, type DocOutline, type LiveDocument, type LiveLibrary } from './live-documents';
import { blockScore, docScore, estimatedDocScore, titleScore } from './rank';
import { checkableOnRawText, rawTextCondition } from './raw-verify';
import { makeSnippet } from './snippet';

export interface SearchArgs {
  query: string;
  docId?: number;
  /** A version group (documents.work_id). */
  workId?: number;
  /** A heading's block id: only the blocks under it, up to the next heading of the same or a higher level. */
  chapterId?: number;
  issuer?: string;
  year?: string;
  kind?: string;
  sort?: SearchSort;
  offset?: number;
  limit?: number;
  perDoc?: number;
  facets?: boolean;
}

/** Documents whose passages are read and scored to settle the order at the top (relevance sort). */
const RERANKED_DOCS = 12;
/** Hits per document scored for relevance: the first ones in reading order, plus matching headings. */
const SCORED_PER_DOC = 24;
const SCORED_HEADINGS = 12;
/** Up to this many hits, their keys are read in one pass rather than a query per document. */
const KEYS_AT_ONCE = 20_000;

interface BlockRow {
  id: number;
  seq: number;
  kind: string;
  level: number;
  text: string;
  score: number;
  occurrences: number;
}

interface Scope {
  /** Rowid range of search_grams to look in. */
  from: number;
  to: number;
  allows(doc: LiveDocument): boolean;
}

/** Everything one search call learns, shared by the count, the ranking and the page. */
class Query {
  readonly verify: boolean;
  private readonly hitsByDoc = new Map<number, { rows: BlockRow[]; complete: boolean }>();
  private readonly ranked = new Map<number, BlockRow[]>();
  /** Verified keys per document, when the count needed the text anyway. */
  keys: Map<number, number[]> | null = null;

  constructor(
    readonly db: Db,
    readonly q: CompiledQuery,
    readonly scope: Scope,
    readonly lib: LiveLibrary,
  ) {
    this.verify = needsVerification(q);
  }

  /** Matching blocks per document in scope; with nothing to verify, counted by SQLite without reading a block. */
  countPerDocument(): Map<number, number> {
    const counts = new Map<number, number>();
    const { from, to } = this.scope;
    if (!this.verify) {
      const rows = statement(
        this.db,
        'SELECT rowid >> 24 AS doc, count(*) AS n FROM search_grams WHERE search_grams MATCH ? AND rowid BETWEEN ? AND ? GROUP BY 1',
      ).all(this.q.match, from, to) as { doc: number; n: number }[];
      let total = 0;
      for (const { doc, n } of rows) {
        const info = this.lib.docs.get(doc);
        if (info && this.scope.allows(info)) counts.set(doc, n), (total += n);
      }
      if (total <= KEYS_AT_ONCE) {
        // Few enough to hold: one pass now spares a query per document on the page.
        this.keys = new Map();
        const keys = statement(this.db, 'SELECT rowid AS k FROM search_grams WHERE search_grams MATCH ? AND rowid BETWEEN ? AND ?').all(this.q.match, from, to) as { k: number }[];
        for (const { k } of keys) {
          const doc = Math.floor(k / SEQ_BITS);
          if (!counts.has(doc)) continue;
          let list = this.keys.get(doc);
          if (!list) this.keys.set(doc, (list = []));
          list.push(k);
        }
      }
      return counts;
    }
    this.keys = new Map();
    const base = `FROM (SELECT rowid AS k FROM search_grams WHERE search_grams MATCH ? AND rowid BETWEEN ? AND ?) g
       JOIN search_docs s ON s.doc_id = g.k >> 24 JOIN blocks b ON b.id = ${BLOCK_ID_OF_KEY('g.k')}`;
    // Each candidate's text is checked here: the index holds no positions (that keeps it small). Han-only
    // terms are checked by SQLite on the stored text, and only texts it cannot decide come back to be normalised.
    const { verifyInclude, verifyExclude } = this.q;
    // Rows as [key, text] arrays; text is null where SQLite already decided the block passes.
    let rows: Iterable<[number, string | null]>;
    if (checkableOnRawText([...verifyInclude, ...verifyExclude])) {
      const { pass, passParams, unsure, unsureParams } = rawTextCondition('b.text', 's.folds', verifyInclude, verifyExclude);
      // Nearly every row comes back as a bare key, so all of them at once costs little memory and less time.
      rows = statement(this.db, `SELECT g.k AS k, CASE WHEN ${pass} THEN NULL ELSE b.text END AS text ${base} WHERE (${pass}) OR (${unsure})`)
        .raw(true)
        .all(...passParams, this.q.match, from, to, ...passParams, ...unsureParams) as [number, string | null][];
    } else {
      rows = statement(this.db, `SELECT g.k AS k, b.text AS text ${base}`).raw(true).iterate(this.q.match, from, to) as Iterable<[number, string]>;
    }
    let lastDoc = -1;
    let allowed = false;
    let list: number[] = [];
    for (const [k, text] of rows) {
      const doc = Math.floor(k / SEQ_BITS);
      if (doc !== lastDoc) {
        lastDoc = doc;
        const info = this.lib.docs.get(doc);
        allowed = info !== undefined && this.scope.allows(info);
        list = this.keys.get(doc) ?? [];
      }
      if (!allowed || (text !== null && !passesVerification(this.q, normalizeForSearch(text)))) continue;
      if (list.length === 0) this.keys.set(doc, list);
      list.push(k);
    }
    for (const [doc, list] of this.keys) counts.set(doc, list.length);
    return counts;
  }

  private docRange(docId: number): [number, number] {
    return [Math.max(this.scope.from, searchKey(docId, 0)), Math.min(this.scope.to, searchKey(docId, SEQ_BITS - 1))];
  }

  /** Blocks of search keys, in key order, with the document each is in. */
  private blocksOfKeys(keys: readonly number[]): (BlockRow & { doc: number })[] {
    // One statement for the lot: a lookup per key cost twice as much per row.
    const found = statement(
      this.db,
      `SELECT g.value >> 24 AS doc, b.id AS id, b.seq AS seq, b.kind AS kind, b.level AS level, b.text AS text
       FROM json_each(?) g JOIN search_docs s ON s.doc_id = g.value >> 24 JOIN blocks b ON b.id = ${BLOCK_ID_OF_KEY('g.value')} ORDER BY g.value`,
    ).all(JSON.stringify(keys)) as (BlockRow & { doc: number })[];
    return found.map((r) => ({ ...r, score: 0, occurrences: 0 }));
  }

  private hasHits(docId: number, max: number): boolean {
    const known = this.hitsByDoc.get(docId);
    return known !== undefined && (known.complete || known.rows.length >= max);
  }

  /**
   * What hitsInOrder(docId, max) would read, for several documents in one statement: the documents ranked
   * or shown on a page are read together when their hits' keys are known.
   */
  readAhead(wanted: readonly { docId: number; max: number }[]): void {
    const keys: number[] = [];
    const todo = new Map<number, number>();
    for (const { docId, max } of wanted) {
      const list = this.keys?.get(docId);
      if (!list || this.hasHits(docId, max)) continue;
      todo.set(docId, max);
      keys.push(...list.slice(0, max));
    }
    if (todo.size < 2) return;
    const byDoc = new Map<number, BlockRow[]>([...todo.keys()].map((d) => [d, []]));
    for (const { doc, ...row } of this.blocksOfKeys(keys)) byDoc.get(doc)!.push(row);
    for (const [docId, rows] of byDoc) this.hitsByDoc.set(docId, { rows, complete: rows.length < todo.get(docId)! });
  }

  /** The first `max` hits of a document in reading order, with their text. */
  hitsInOrder(docId: number, max: number): BlockRow[] {
    if (this.hasHits(docId, max)) return this.hitsByDoc.get(docId)!.rows.slice(0, max);
    const rows: BlockRow[] = [];
    const keys = this.keys?.get(docId);
    if (keys) {
      rows.push(...this.blocksOfKeys(keys.slice(0, max)));
    } else {
      const [from, to] = this.docRange(docId);
      const found = statement(
        this.db,
        `SELECT b.id AS id, b.seq AS seq, b.kind AS kind, b.level AS level, b.text AS text
         FROM (SELECT rowid AS k FROM search_grams WHERE search_grams MATCH ? AND rowid BETWEEN ? AND ? ORDER BY rowid LIMIT ?) g
         JOIN search_docs s ON s.doc_id = g.k >> 24 JOIN blocks b ON b.id = ${BLOCK_ID_OF_KEY('g.k')} ORDER BY g.k`,
      ).all(this.q.match, from, to, max) as BlockRow[];
      for (const r of found) rows.push({ ...r, score: 0, occurrences: 0 });
    }
    this.hitsByDoc.set(docId, { rows, complete: rows.length < max });
    return rows;
  }

  /** Matching headings of a document (they may lie beyond the first hits in reading order), from its outline. */
  private headingHits(docId: number): BlockRow[] {
    const [from, to] = this.docRange(docId);
    const out: BlockRow[] = [];
    for (const h of this.outline(docId).headings) {
      const key = searchKey(docId, h.seq);
      if (key < from || key > to) continue;
      const text = normalizeForSearch(h.text);
      if (!this.q.include.every((t) => text.includes(t)) || this.q.exclude.some((t) => text.includes(t))) continue;
      out.push({ id: h.id, seq: h.seq, kind: 'heading', level: h.level, text: h.text, score: 0, occurrences: 0 });
      if (out.length >= SCORED_HEADINGS) break;
    }
    return out;
  }

  private outline(docId: number): DocOutline {
    let outline = this.lib.outlines.get(docId);
    if (!outline) {
      const headings = headingsInOrder(this.db, docId);
      outline = { headings, paths: chapterPathsOf(headings) };
      this.lib.outlines.set(docId, outline);
    }
    return outline;
  }

  /** A document's scored hits, best first (the sample scored for relevance). */
  rankedHits(docId: number, count: number): BlockRow[] {
    let ranked = this.ranked.get(docId);
    if (ranked) return ranked;
    const first = this.hitsInOrder(docId, SCORED_PER_DOC);
    const sample = new Map(first.map((r) => [r.seq, r]));
    if (count > first.length) for (const h of this.headingHits(docId)) if (!sample.has(h.seq)) sample.set(h.seq, h);
    for (const r of sample.values()) Object.assign(r, blockScore(normalizeForSearch(r.text), r.kind === 'heading', this.q.include, this.lib.avgBlockChars));
    ranked = [...sample.values()].sort((a, b) => b.score - a.score || a.seq - b.seq);
    this.ranked.set(docId, ranked);
    return ranked;
  }

  /** Hits [from, to) of a document in result order. */
  slice(docId: number, count: number, sort: SearchSort, from: number, to: number): BlockRow[] {
    if (sort !== 'relevance') return this.hitsInOrder(docId, to).slice(from, to);
    const ranked = this.rankedHits(docId, count);
    if (to <= ranked.length) return ranked.slice(from, to);
    // Past the scored sample: the remaining hits in reading order.
    const inSample = new Set(ranked.map((r) => r.seq));
    // The first `to` hits in reading order hold at least to - ranked.length outside the sample: enough.
    const rest = this.hitsInOrder(docId, Math.min(count, to)).filter((r) => !inSample.has(r.seq));
    return [...ranked, ...rest].slice(from, to);
  }

  /** Titles of the headings above a block, outermost first (a heading's own title is the hit, not its path). */
  chapterPath(docId: number, seq: number): string[] {
    const { headings, paths } = this.outline(docId);
    const at = headingAtOrBefore(headings, seq);
    if (at < 0) return [];
    // A heading's own hit shows the heading itself: its path is the headings above it.
    return (headings[at]!.seq === seq ? paths[at]!.slice(0, -1) : paths[at]!).map((h) => h.text);
  }
}

/** Bring the index up to date before answering; answering from stale postings would break "never misses". */
function catchUp(db: Db): void {
  if (!hasDirtyDocuments(db)) return;
  try {
    indexDirtyDocuments(db);
  } catch (err) {
    const code = (err as { code?: string }).code ?? '';
    if (!/^SQLITE_(BUSY|LOCKED|READONLY)/.test(code)) throw err;
    throw new ReaderError(
      'index_busy',
      `The search index cannot be brought up to date right now (${code}); try again in a moment.`,
      '搜索索引正在更新，暂时无法搜索，请稍后再试。',
    );
  }
}

function scopeOf(db: Db, args: SearchArgs, lib: LiveLibrary): Scope | null {
  const all = (doc: LiveDocument) => args.workId === undefined || doc.workId === args.workId;
  if (args.chapterId !== undefined) {
    const row = db.prepare('SELECT doc_id, seq, kind, level FROM blocks WHERE id = ?').get(args.chapterId) as
      | { doc_id: number; seq: number; kind: string; level: number }
      | undefined;
    if (!row || row.kind !== 'heading') {
      throw new ReaderError('not_found', `No heading with block id ${args.chapterId}`, `找不到编号为 ${args.chapterId} 的章节标题`);
    }
    if (args.docId !== undefined && args.docId !== row.doc_id) return null;
    const end = db
      .prepare("SELECT min(seq) FROM blocks WHERE doc_id = ? AND seq > ? AND kind = 'heading' AND level <= ?")
      .pluck()
      .get(row.doc_id, row.seq, row.level) as number | null;
    return { from: searchKey(row.doc_id, row.seq), to: searchKey(row.doc_id, end ?? SEQ_BITS) - 1, allows: (d) => d.docId === row.doc_id && all(d) };
  }
  if (args.docId !== undefined) {
    if (!lib.docs.has(args.docId)) throw new ReaderError('not_found', `No document with id ${args.docId}`, `找不到编号为 ${args.docId} 的文档`);
    const docId = args.docId;
    return { from: searchKey(docId, 0), to: searchKey(docId, SEQ_BITS) - 1, allows: (d) => d.docId === docId && all(d) };
  }
  return { from: 0, to: Number.MAX_SAFE_INTEGER, allows: all };
}

const yearOf = (d: LiveDocument) => /^\d{4}/.exec(d.issuedOn ?? '')?.[0] ?? null;

function facetsOf(counts: Map<number, number>, lib: LiveLibrary): SearchFacets {
  const tally = (pick: (d: LiveDocument) => string | null) => {
    const by = new Map<string, number>();
    for (const [docId, n] of counts) {
      const v = pick(lib.docs.get(docId)!);
      if (v) by.set(v, (by.get(v) ?? 0) + n);
    }
    return [...by].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  };
  return { issuer: tally((d) => d.issuer), year: tally(yearOf), kind: tally((d) => d.kind) };
}

function elapsed(started: number): number {
  return Math.round((performance.now() - started) * 100) / 100;
}

export function searchBlocks(db: Db, args: SearchArgs): SearchResult {
  const started = performance.now();
  const sort = args.sort ?? 'relevance';
  const offset = args.offset ?? 0;
  const limit = args.limit ?? 50;
  const q = compileQuery(args.query);
  const empty = (terms: string[], excluded: string[]): SearchResult => ({ total: 0, tookMs: elapsed(started), hits: [], docs: [], terms, excluded, offset, sort });
  if (!q) return empty([], parseQuery(args.query).exclude);
  catchUp(db);
  const lib = liveLibrary(db);
  const scope = scopeOf(db, args, lib);
  if (!scope) return empty(q.include, q.exclude);
  const query = new Query(db, q, scope, lib);
  let counts = query.countPerDocument();
  const facets = args.facets ? facetsOf(counts, lib) : undefined;
  if (args.issuer !== undefined || args.year !== undefined || args.kind !== undefined) {
    const keep = (d: LiveDocument) =>
      (args.issuer === undefined || d.issuer === args.issuer) && (args.year === undefined || yearOf(d) === args.year) && (args.kind === undefined || d.kind === args.kind);
    counts = new Map([...counts].filter(([docId]) => keep(lib.docs.get(docId)!)));
  }
  const order = orderDocuments(query, counts, sort);
  let total = 0;
  for (const n of counts.values()) total += n;

  const page = pageDocuments(order, offset, limit, args.perDoc ?? Infinity);
  // What Query.slice reads: in relevance order the scored sample's first hits, and the hits up to `to` in reading order.
  query.readAhead(page.map(({ docId, to }) => ({ docId, max: sort === 'relevance' ? Math.max(to, SCORED_PER_DOC) : to })));
  const hits: SearchHit[] = [];
  for (const { docId, count, from, to } of page) {
    for (const r of query.slice(docId, count, sort, from, to)) {
      const { snippet, highlights } = makeSnippet(r.text, q.include);
      hits.push({
        docId,
        blockId: r.id,
        snippet,
        highlights,
        kind: r.kind === 'heading' ? 'heading' : 'paragraph',
        level: r.kind === 'heading' ? r.level : 0,
        path: query.chapterPath(docId, r.seq),
        score: Math.round(r.score * 1000) / 1000,
      });
    }
  }
  const docs: SearchDocCount[] = order.map(({ docId, count }) => ({ docId, title: lib.docs.get(docId)!.title, count }));
  return { total, tookMs: elapsed(started), hits, docs, terms: q.include, excluded: q.exclude, offset, sort, ...(facets ? { facets } : {}) };
}

/** The documents a page shows hits of, and which of each one's hits [from, to) in result order. */
function pageDocuments(order: readonly { docId: number; count: number }[], offset: number, limit: number, perDoc: number) {
  const page: { docId: number; count: number; from: number; to: number }[] = [];
  let skip = offset;
  let left = limit;
  for (const { docId, count } of order) {
    if (left <= 0) break;
    const shown = Math.min(count, perDoc);
    if (skip >= shown) {
      skip -= shown;
      continue;
    }
    const to = Math.min(shown, skip + left);
    page.push({ docId, count, from: skip, to });
    left -= to - skip;
    skip = 0;
  }
  return page;
}

function orderDocuments(query: Query, counts: Map<number, number>, sort: SearchSort): { docId: number; count: number }[] {
  const list = [...counts].map(([docId, count]) => ({ docId, count, doc: query.lib.docs.get(docId)! }));
  if (sort === 'document') return list.sort((a, b) => a.docId - b.docId);
  if (sort === 'date') {
    return list.sort((a, b) => (b.doc.issuedOn ?? '').localeCompare(a.doc.issuedOn ?? '') || a.docId - b.docId);
  }
  const terms = query.q.include;
  const estimated = list
    .map((e) => {
      const title = titleScore(e.doc.normTitle, terms);
      return { ...e, title, score: estimatedDocScore(title, e.count) };
    })
    .sort((a, b) => b.score - a.score || a.docId - b.docId);
  const top = estimated.slice(0, RERANKED_DOCS);
  query.readAhead(top.map((e) => ({ docId: e.docId, max: SCORED_PER_DOC })));
  for (const e of top) {
    const ranked = query.rankedHits(e.docId, e.count);
    // Blocks beyond the scored sample hold the terms at least once each.
    const occurrences = ranked.reduce((n, r) => n + r.occurrences, 0) + Math.max(0, e.count - ranked.length);
    e.score = docScore(e.title, ranked[0]?.score ?? 0, occurrences);
  }
  top.sort((a, b) => b.score - a.score || a.docId - b.docId);
  return [...top, ...estimated.slice(RERANKED_DOCS)];
}
