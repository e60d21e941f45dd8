import type { IndexedDocument } from './memory-index';

// Ranking: headings first, then density (matched characters per character of the block).
// Every match gets a cheap score from the index; only the best few are re-scored by counting occurrences.

const HEADING_BONUS = 1000;

export function cheapScore(doc: IndexedDocument, ord: number, termChars: number): number {
  const len = doc.lengths[ord]! || 1;
  return (doc.levels[ord]! > 0 ? HEADING_BONUS : 0) + (termChars >= len ? 1 : termChars / len);
}

export function exactScore(doc: IndexedDocument, ord: number, terms: readonly string[]): number {
  const text = doc.texts[ord]!;
  let matched = 0;
  for (const t of terms) for (let at = text.indexOf(t); at >= 0; at = text.indexOf(t, at + t.length)) matched += t.length;
  return (doc.levels[ord]! > 0 ? HEADING_BONUS : 0) + Math.min(1, matched / Math.max(1, text.length));
}

export interface Ranked {
  doc: IndexedDocument;
  ord: number;
  score: number;
}

/** Keeps the `size` best items seen (score desc, then document and reading order). */
export class TopK {
  private items: Ranked[] = [];
  /** Once full, nothing scoring at or below this can get in. */
  floor = -Infinity;
  constructor(private readonly size: number) {}

  offer(doc: IndexedDocument, ord: number, score: number): void {
    if (this.items.length >= this.size && score <= this.floor) return;
    this.items.push({ doc, ord, score });
    if (this.items.length >= this.size * 2) this.compact();
  }

  private compact(): void {
    this.items.sort(compareRanked);
    this.items.length = Math.min(this.items.length, this.size);
    if (this.items.length >= this.size) this.floor = this.items.at(-1)!.score;
  }

  result(): Ranked[] {
    this.compact();
    return this.items;
  }
}

export function compareRanked(a: Ranked, b: Ranked): number {
  return b.score - a.score || a.doc.docId - b.doc.docId || a.ord - b.ord;
}

/**
 * The document's blocks best first by cheap score, for any query: headings, then shorter blocks
 * (a match in a short block is denser). Computed once per document, on first need.
 */
export function staticOrder(doc: IndexedDocument): Uint32Array {
  if (doc.rankOrder) return doc.rankOrder;
  const order = Uint32Array.from(doc.texts.keys());
  const heading = (o: number) => (doc.levels[o]! > 0 ? 0 : 1);
  order.sort((a, b) => heading(a) - heading(b) || doc.lengths[a]! - doc.lengths[b]! || a - b);
  doc.rankOrder = order;
  return order;
}

/**
 * Offer a document's matches to the top list. A long match list is walked in the document's static
 * order instead, stopping as soon as nothing better than the list's floor can follow: for a query
 * matching most blocks (的, 发展) that is a few headings per document rather than every match.
 */
export function offerMatches(top: TopK, doc: IndexedDocument, ords: ArrayLike<number>, termChars: number): void {
  if (ords.length < 64 || ords.length * 4 < doc.lengths.length) {
    for (let i = 0; i < ords.length; i++) top.offer(doc, ords[i]!, cheapScore(doc, ords[i]!, termChars));
    return;
  }
  const order = staticOrder(doc);
  for (let k = 0; k < order.length; k++) {
    const ord = order[k]!;
    const score = cheapScore(doc, ord, termChars);
    if (score <= top.floor) return;
    if (contains(ords, ord)) top.offer(doc, ord, score);
  }
}

function contains(sorted: ArrayLike<number>, value: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid]!;
    if (v < value) lo = mid + 1;
    else if (v > value) hi = mid - 1;
    else return true;
  }
  return false;
}
