import type { IndexedDocument } from './memory-index';

// Ranking: headings first, then density (matched characters per character of the block).
// Every match gets a cheap score from the index; only the best few are re-scored by counting occurrences.

const HEADING_BONUS = 1000;

export function cheapScore(doc: IndexedDocument, ord: number, termChars: number): number {
  const len = Math.max(1, doc.texts[ord]!.length);
  return (doc.levels[ord]! > 0 ? HEADING_BONUS : 0) + Math.min(1, termChars / len);
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
  private floor = -Infinity;
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
