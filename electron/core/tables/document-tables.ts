import type { RevisionTable, TargetComparison, TargetRow, TaskRow } from '../../shared/table-types';
import type { CoreContext } from '../context';
import { blocksInOrder } from '../data/blocks';
import { requireDocument } from '../data/documents';
import { compareDocuments } from '../compare/compare-documents';
import { extractTargets } from './extract-targets';
import { extractTasks } from './extract-tasks';
import { pairTargets } from './match-indicators';
import { revisionRows } from './revision-rows';

/** The year a document was issued (2022-03-22 → 2022), which tells a bare year to reach from a year of facts. */
function issuedYear(issuedOn: string | null): number | null {
  const m = /^(\d{4})/.exec(issuedOn ?? '');
  return m ? Number(m[1]) : null;
}

export function documentTargets(ctx: CoreContext, docId: number): TargetRow[] {
  const doc = requireDocument(ctx.db, docId);
  return extractTargets(blocksInOrder(ctx.db, docId), issuedYear(doc.issuedOn));
}

export function documentTasks(ctx: CoreContext, docId: number): TaskRow[] {
  requireDocument(ctx.db, docId);
  return extractTasks(blocksInOrder(ctx.db, docId));
}

/** The targets (not the facts) of two documents, indicator by indicator. */
export function compareTargets(ctx: CoreContext, a: number, b: number): TargetComparison {
  const docA = requireDocument(ctx.db, a);
  const docB = requireDocument(ctx.db, b);
  const targetsOf = (docId: number) => documentTargets(ctx, docId).filter((r) => r.kind === 'target');
  return { a: { docId: a, title: docA.title }, b: { docId: b, title: docB.title }, pairs: pairTargets(targetsOf(a), targetsOf(b)) };
}

export function revisionTable(ctx: CoreContext, a: number, b: number, withSame = false): RevisionTable {
  const comparison = compareDocuments(ctx, a, b);
  const textsOf = (docId: number) => new Map(blocksInOrder(ctx.db, docId).map((x) => [x.id, x.text]));
  return { a: comparison.a, b: comparison.b, rows: revisionRows(comparison.pairs, { a: textsOf(a), b: textsOf(b) }, withSame) };
}
