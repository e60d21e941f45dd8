import { Charset, Index } from 'flexsearch';
import type { QuickOpenEntries } from '../../../electron/shared/search-types';
import { normalizeForSearch } from '../../../electron/shared/search-query';

export interface QuickOpenItem {
  docId: number;
  blockId?: number;
  title: string;
  /** The document a heading belongs to. */
  context?: string;
  level: number;
}

/**
 * Titles of documents and headings in a flexsearch index (one token per character, so any part of a
 * Chinese title finds it), ranked: the typed text as one piece first, then documents before headings.
 */
export class QuickOpenIndex {
  private readonly items: QuickOpenItem[] = [];
  private readonly normalized: string[] = [];
  private readonly index = new Index({ encoder: Charset.CJK, tokenize: 'strict' });

  constructor(entries: QuickOpenEntries) {
    const titles = new Map(entries.documents.map((d) => [d.docId, d.title]));
    for (const d of entries.documents) this.add({ docId: d.docId, title: d.title, level: 0 });
    for (const h of entries.headings) {
      const context = titles.get(h.docId);
      if (context !== undefined && h.title !== context) this.add({ docId: h.docId, blockId: h.blockId, title: h.title, context, level: h.level });
    }
  }

  private add(item: QuickOpenItem): void {
    const id = this.items.length;
    this.items.push(item);
    const text = normalizeForSearch(item.title);
    this.normalized.push(text);
    this.index.add(id, text);
  }

  search(query: string, limit = 30): QuickOpenItem[] {
    const q = normalizeForSearch(query).replace(/\s+/g, '');
    if (!q) return this.items.filter((i) => i.level === 0).slice(0, limit);
    const ids = this.index.search(q, { limit: 2000 }) as number[];
    const score = (id: number) => {
      const text = this.normalized[id]!;
      const at = text.indexOf(q);
      return (at < 0 ? 4 : at === 0 ? 0 : 1) * 2 + (this.items[id]!.level === 0 ? 0 : 1);
    };
    return ids
      .map((id) => ({ id, s: score(id) }))
      .sort((a, b) => a.s - b.s || this.normalized[a.id]!.length - this.normalized[b.id]!.length || a.id - b.id)
      .slice(0, limit)
      .map(({ id }) => this.items[id]!);
  }
}
