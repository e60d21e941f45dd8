import type { Block, DocumentDetail, DocumentSummary, Original, TocEntry } from '../../shared/types';
import type { CoreContext } from '../context';
import { blocksInOrder, headingsInOrder } from '../data/blocks';
import { readOriginal } from '../data/originals';
import { liveDocumentRows, requireDocument as requireDocumentRow, toSummary } from '../data/documents';

export { toSummary, type DocumentRow } from '../data/documents';

export function listDocuments({ db }: CoreContext): DocumentSummary[] {
  return liveDocumentRows(db).map(toSummary);
}

export function requireDocument({ db }: CoreContext, docId: number): DocumentDetail {
  return requireDocumentRow(db, docId);
}

export function getBlocks(ctx: CoreContext, docId: number): Block[] {
  requireDocument(ctx, docId);
  return blocksInOrder(ctx.db, docId).map(({ id, kind, level, text }) => ({ blockId: id, kind, level, text }));
}

export function getToc(ctx: CoreContext, docId: number): TocEntry[] {
  requireDocument(ctx, docId);
  return headingsInOrder(ctx.db, docId).map(({ id, level, text }) => ({ blockId: id, level, title: text }));
}

export function getOriginal(ctx: CoreContext, docId: number): Original {
  const doc = requireDocument(ctx, docId);
  return { docId, text: readOriginal(ctx.db, docId), encoding: doc.encoding, format: doc.format };
}
