import { splitCopyLabel } from '../../../electron/shared/document-label';
import type { DocumentSummary } from '../../../electron/shared/types';

/** One row of the library list: a document, or the head of a work whose copies follow it. */
export type LibraryRow =
  | { kind: 'doc'; key: string; doc: DocumentSummary; copy: boolean }
  | { kind: 'work'; key: string; workId: number; title: string; copies: number };

/**
 * The list in its order, with the copies of one work (documents the version grouping put in one work)
 * gathered under a head where the first of them would be, most complete first.
 */
export function libraryRows(docs: readonly DocumentSummary[]): LibraryRow[] {
  const byWork = new Map<number, DocumentSummary[]>();
  for (const d of docs) if (d.workId !== null) byWork.set(d.workId, [...(byWork.get(d.workId) ?? []), d]);
  const rows: LibraryRow[] = [];
  const done = new Set<number>();
  for (const d of docs) {
    const copies = d.workId === null ? undefined : byWork.get(d.workId);
    if (!copies || copies.length < 2) {
      rows.push({ kind: 'doc', key: `d${d.id}`, doc: d, copy: false });
      continue;
    }
    if (done.has(d.workId!)) continue;
    done.add(d.workId!);
    const ordered = [...copies].sort((x, y) => (y.completeness ?? 1) - (x.completeness ?? 1) || x.id - y.id);
    rows.push({ kind: 'work', key: `w${d.workId}`, workId: d.workId!, title: splitCopyLabel(ordered[0]!.title).base, copies: ordered.length });
    for (const c of ordered) rows.push({ kind: 'doc', key: `d${c.id}`, doc: c, copy: true });
  }
  return rows;
}
