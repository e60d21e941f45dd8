import type { RevisionTable, TargetComparison, TargetRow, TargetsAcross, TaskRow } from '../../shared/table-types';
import type { CoreContext } from '../context';
import { blocksInOrder } from '../data/blocks';
import { requireDocument } from '../data/documents';
import { compareDocuments } from '../compare/compare-documents';
import { ReaderError } from '../../shared/errors';
import { applyCorrections, resetCorrections, saveCorrection } from './corrections';
import { extractTargets } from './extract-targets';
import { extractTasks } from './extract-tasks';
import { alignTargets, pairTargets } from './match-indicators';
import { revisionRows } from './revision-rows';

/** The year a document was issued (2022-03-22 → 2022), which tells a bare year to reach from a year of facts. */
function issuedYear(issuedOn: string | null): number | null {
  const m = /^(\d{4})/.exec(issuedOn ?? '');
  return m ? Number(m[1]) : null;
}

/** A document's targets as read, with the user's corrections put in. */
export function documentTargets(ctx: CoreContext, docId: number): TargetRow[] {
  const doc = requireDocument(ctx.db, docId);
  const blocks = blocksInOrder(ctx.db, docId);
  return applyCorrections(ctx.db, doc.title, 'targets', blocks, extractTargets(blocks, issuedYear(doc.issuedOn)));
}

/** A document's tasks as read, with the user's corrections put in. */
export function documentTasks(ctx: CoreContext, docId: number): TaskRow[] {
  const doc = requireDocument(ctx.db, docId);
  const blocks = blocksInOrder(ctx.db, docId);
  return applyCorrections(ctx.db, doc.title, 'tasks', blocks, extractTasks(blocks));
}

function blockOf(ctx: CoreContext, docId: number, blockId: number): { title: string; text: string } {
  const doc = requireDocument(ctx.db, docId);
  const row = ctx.db.prepare('SELECT text FROM blocks WHERE id = ? AND doc_id = ?').get(blockId, docId) as { text: string } | undefined;
  if (!row) throw new ReaderError('not_found', `Document ${docId} has no block ${blockId}`, `文档 ${docId} 中没有编号为 ${blockId} 的段落`);
  return { title: doc.title, text: row.text };
}

export function correctTargetRow(ctx: CoreContext, args: { docId: number; blockId: number; ordinal: number; row: object | null }): TargetRow[] {
  const block = blockOf(ctx, args.docId, args.blockId);
  saveCorrection(ctx.db, block.title, 'targets', block.text, args.ordinal, args.row);
  return documentTargets(ctx, args.docId);
}

export function correctTaskRow(ctx: CoreContext, args: { docId: number; blockId: number; row: object | null }): TaskRow[] {
  const block = blockOf(ctx, args.docId, args.blockId);
  saveCorrection(ctx.db, block.title, 'tasks', block.text, 0, args.row);
  return documentTasks(ctx, args.docId);
}

export function resetTableCorrections(ctx: CoreContext, docId: number, table: 'targets' | 'tasks'): { removed: number } {
  return { removed: resetCorrections(ctx.db, requireDocument(ctx.db, docId).title, table) };
}

const targetsOnly = (ctx: CoreContext, docId: number) => documentTargets(ctx, docId).filter((r) => r.kind === 'target');

/** The targets (not the facts) of two documents, indicator by indicator. */
export function compareTargets(ctx: CoreContext, a: number, b: number): TargetComparison {
  const docA = requireDocument(ctx.db, a);
  const docB = requireDocument(ctx.db, b);
  return { a: { docId: a, title: docA.title }, b: { docId: b, title: docB.title }, pairs: pairTargets(targetsOnly(ctx, a), targetsOnly(ctx, b)) };
}

/** The targets (not the facts) of several documents, indicator by indicator. */
export function compareTargetsAcross(ctx: CoreContext, docIds: readonly number[]): TargetsAcross {
  const docs = docIds.map((docId) => ({ docId, title: requireDocument(ctx.db, docId).title }));
  return { docs, rows: alignTargets(docIds.map((docId) => targetsOnly(ctx, docId))) };
}

export function revisionTable(ctx: CoreContext, a: number, b: number, withSame = false): RevisionTable {
  const comparison = compareDocuments(ctx, a, b);
  const textsOf = (docId: number) => new Map(blocksInOrder(ctx.db, docId).map((x) => [x.id, x.text]));
  return { a: comparison.a, b: comparison.b, rows: revisionRows(comparison.pairs, { a: textsOf(a), b: textsOf(b) }, withSame) };
}
