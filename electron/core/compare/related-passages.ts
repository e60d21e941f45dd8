import type { RelatedPassage, RelatedResult } from '../../shared/compare-types';
import { ReaderError } from '../../shared/errors';
import type { CoreContext } from '../context';
import { blocksInOrder } from '../data/blocks';
import { stateOf } from '../library-state';
import { requireDocument } from '../library/documents';
import { bigrams, buildPassageIndex, librarySignature, vectorOf, type Passage, type PassageIndex } from './passage-index';

// A section query is cut here: the opening of a section says what it is about.
const MAX_QUERY_CHARS = 3000;
const NEAR_DUPLICATE = 0.8;
// Two passages this similar are one text; within one work (other publications) less suffices.
const SAME_TEXT = 0.85;
const SAME_TEXT_IN_WORK = 0.5;
// A paragraph shorter than this (a PDF line, a one-line item) is looked up with its neighbours.
const MIN_QUERY_CHARS = 40;
const SNIPPET_CHARS = 400;

/** The library's passage index, rebuilt only when the change log says documents, blocks or works changed. */
function passageIndex(ctx: CoreContext): PassageIndex {
  const cached = stateOf(ctx).get<PassageIndex>('passage-index');
  if (cached && cached.signature === librarySignature(ctx.db)) return cached;
  const fresh = buildPassageIndex(ctx.db);
  stateOf(ctx).set('passage-index', fresh);
  return fresh;
}

interface BlockRow {
  id: number;
  kind: string;
  level: number;
  text: string;
}

/** The query text: a heading's whole section, a paragraph, or the passage a short paragraph belongs to. */
function queryText(ctx: CoreContext, index: PassageIndex, docId: number, blockId: number): string {
  const blocks: BlockRow[] = blocksInOrder(ctx.db, docId);
  const at = blocks.findIndex((b) => b.id === blockId);
  if (at < 0) throw new ReaderError('not_found', `Document ${docId} has no block ${blockId}`, `文档 ${docId} 中没有编号为 ${blockId} 的段落`);
  const block = blocks[at]!;
  if (block.kind === 'heading') {
    let text = block.text;
    for (let k = at + 1; k < blocks.length && text.length < MAX_QUERY_CHARS; k++) {
      const b = blocks[k]!;
      if (b.kind === 'heading' && b.level <= block.level) break;
      text += `\n${b.text}`;
    }
    return text.slice(0, MAX_QUERY_CHARS);
  }
  if (block.text.length >= MIN_QUERY_CHARS) return block.text;
  const passage = index.passages[index.passageOfBlock.get(blockId)!];
  return passage ? passage.text : block.text;
}

export function relatedPassages(
  ctx: CoreContext,
  { docId, blockId, limit = 10, includeSameWork = false }: { docId: number; blockId: number; limit?: number; includeSameWork?: boolean },
): RelatedResult {
  const started = performance.now();
  const doc = requireDocument(ctx, docId);
  const index = passageIndex(ctx);
  const query = queryText(ctx, index, docId, blockId);
  const tf = new Map<number, number>();
  for (const g of bigrams(query)) {
    const t = index.termIds.get(g);
    if (t !== undefined) tf.set(t, (tf.get(t) ?? 0) + 1);
  }
  const { terms, weights } = vectorOf(tf, index.idf);
  const excluded = new Set<number>([docId]);
  const docs = ctx.db.prepare('SELECT id, title, work_id FROM documents WHERE deleted_at IS NULL').all() as { id: number; title: string; work_id: number | null }[];
  if (!includeSameWork && doc.workId !== null) for (const d of docs) if (d.work_id === doc.workId) excluded.add(d.id);
  const titles = new Map(docs.map((d) => [d.id, d.title]));

  const scores = new Map<number, number>();
  terms.forEach((t, k) => {
    const w = weights[k]!;
    for (const post of index.postings[t]!) {
      if (excluded.has(index.passages[post.passage]!.docId)) continue;
      scores.set(post.passage, (scores.get(post.passage) ?? 0) + w * post.weight);
    }
  });
  const workOf = new Map(docs.map((d) => [d.id, d.work_id]));
  const best = distinct(index, [...scores].sort((x, y) => y[1] - x[1]), workOf, limit);
  const passages: RelatedPassage[] = best.map(([pi, score]) => {
    const p = index.passages[pi]!;
    return {
      docId: p.docId,
      docTitle: titles.get(p.docId) ?? '',
      // Where the snippet starts: after the section heading it leaves out.
      blockId: (startsWithHeading(p) ? p.blockIds[1] : undefined) ?? p.blockIds[0]!,
      blockIds: p.blockIds,
      section: p.section,
      text: snippetOf(p),
      score: Math.round(score * 1000) / 1000,
      nearDuplicate: score >= NEAR_DUPLICATE,
    };
  });
  return { query, passages, tookMs: Math.round(performance.now() - started) };
}

/** Whether a passage starts with its section's heading (shown apart, as its section). */
function startsWithHeading(p: Passage): boolean {
  return !!p.section && p.blockIds.length > 1 && p.text.startsWith(`${p.section}\n`);
}

/** A passage's text as shown: without the heading it starts with, cut short. */
function snippetOf(p: Passage): string {
  const text = startsWithHeading(p) ? p.text.slice(p.section!.length + 1) : p.text;
  return text.length > SNIPPET_CHARS ? `${text.slice(0, SNIPPET_CHARS)}…` : text;
}

function cosine(a: Passage, b: Passage): number {
  const weightOf = new Map<number, number>();
  a.terms.forEach((t, k) => weightOf.set(t, a.weights[k]!));
  let dot = 0;
  b.terms.forEach((t, k) => (dot += (weightOf.get(t) ?? 0) * b.weights[k]!));
  return dot;
}

/**
 * The best passages, without repeating one text: the same passage in another publication of its
 * work (or a verbatim copy anywhere) is listed once, under its best-scoring copy.
 */
function distinct(index: PassageIndex, ranked: [number, number][], workOf: Map<number, number | null>, limit: number): [number, number][] {
  const kept: [number, number][] = [];
  for (const candidate of ranked) {
    if (kept.length >= limit) break;
    const p = index.passages[candidate[0]]!;
    const work = workOf.get(p.docId) ?? null;
    const repeats = kept.some(([ki]) => {
      const k = index.passages[ki]!;
      if (k.docId === p.docId) return false;
      const similarity = cosine(k, p);
      return similarity >= SAME_TEXT || (work !== null && workOf.get(k.docId) === work && similarity >= SAME_TEXT_IN_WORK);
    });
    if (!repeats) kept.push(candidate);
  }
  return kept;
}
