import type { DocumentSummary } from '../../../electron/shared/types';

/** Below this a copy is shown as incomplete (此副本到此为止, 约 N%). */
export const COMPLETE_ENOUGH = 0.98;

/** Whether two documents are copies (versions) of one work, as the core's version grouping found. */
export function sameWork(a: DocumentSummary | undefined, b: DocumentSummary | undefined): boolean {
  return !!a && !!b && a.id !== b.id && a.workId !== null && a.workId === b.workId;
}

/** The other copies of `doc`'s work in `docs`, most complete first. */
export function otherCopies<T extends DocumentSummary>(doc: DocumentSummary | undefined, docs: readonly T[]): T[] {
  return docs.filter((d) => sameWork(doc, d)).sort((x, y) => (y.completeness ?? 1) - (x.completeness ?? 1) || x.id - y.id);
}

/** 完整 or 约 N%: how much of its work a copy holds. */
export function completenessLabel(completeness: number | null): string {
  if (completeness === null || completeness >= COMPLETE_ENOUGH) return '完整';
  return `约 ${Math.max(1, Math.round(completeness * 100))}%`;
}
