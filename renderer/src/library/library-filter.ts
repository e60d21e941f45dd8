import type { DocumentSummary } from '../../../electron/shared/types';

export type SortKey = 'imported' | 'title' | 'issued' | 'issuer' | 'read' | 'length';

export const SORTS: Record<SortKey, string> = {
  imported: '按导入顺序',
  title: '按标题',
  issued: '按发文日期',
  issuer: '按发文机关',
  read: '按最近阅读',
  length: '按篇幅',
};

export interface LibraryFilter {
  text: string;
  issuer: string;
  year: string;
  kind: string;
  /** A source kind code (shared/source-kinds.ts). */
  source: string;
  /** A 文集 name. */
  collection: string;
  sort: SortKey;
}

export const NO_FILTER: LibraryFilter = { text: '', issuer: '', year: '', kind: '', source: '', collection: '', sort: 'imported' };

export const yearOf = (d: DocumentSummary): string => d.issuedOn?.slice(0, 4) ?? '';

/** Distinct non-empty values, sorted for a select list. */
export function choices(docs: DocumentSummary[], pick: (d: DocumentSummary) => string | null): string[] {
  return [...new Set(docs.map(pick).filter((v): v is string => !!v))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
}

/** `recent`: docId → place among recently read documents, for the 按最近阅读 sort. */
export function applyFilter(docs: DocumentSummary[], f: LibraryFilter, recent: ReadonlyMap<number, number> | null = null): DocumentSummary[] {
  const text = f.text.trim();
  const kept = docs.filter(
    (d) =>
      (!text || d.title.includes(text) || (d.docNumber ?? '').includes(text) || (d.issuer ?? '').includes(text)) &&
      (!f.issuer || d.issuer === f.issuer) &&
      (!f.year || yearOf(d) === f.year) &&
      (!f.kind || d.kind === f.kind) &&
      (!f.source || d.sourceKind === f.source) &&
      (!f.collection || d.collections.includes(f.collection)),
  );
  const byTitle = (a: DocumentSummary, b: DocumentSummary) => a.title.localeCompare(b.title, 'zh-CN');
  const compare: Record<SortKey, (a: DocumentSummary, b: DocumentSummary) => number> = {
    imported: (a, b) => a.id - b.id,
    title: byTitle,
    // Newest first; undated documents last.
    issued: (a, b) => (b.issuedOn ?? '').localeCompare(a.issuedOn ?? '') || byTitle(a, b),
    // Documents without an issuer last.
    issuer: (a, b) => (a.issuer === null ? 1 : 0) - (b.issuer === null ? 1 : 0) || (a.issuer ?? '').localeCompare(b.issuer ?? '', 'zh-CN') || byTitle(a, b),
    // Last read first; never read after, by title.
    read: (a, b) => (recent?.get(a.id) ?? Infinity) - (recent?.get(b.id) ?? Infinity) || byTitle(a, b),
    length: (a, b) => b.chars - a.chars,
  };
  return kept.sort(compare[f.sort]);
}
