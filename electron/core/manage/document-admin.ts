import { ReaderError } from '../../shared/errors';
import type { DeletedDocument } from '../../shared/manage-types';
import type { DocumentDetail, DocumentSummary } from '../../shared/types';
import type { CoreContext } from '../context';
import { deletedDocumentRow, deletedDocumentRows, toSummary, type DeletedRow } from '../data/documents';
import { requireDocument } from '../library/documents';
import { groupDocument, updateCompleteness } from '../import/versions';

export function setDocumentKind(ctx: CoreContext, docId: number, kind: string | null): DocumentDetail {
  requireDocument(ctx, docId);
  ctx.db.prepare('UPDATE documents SET kind = ? WHERE id = ?').run(kind, docId);
  return requireDocument(ctx, docId);
}


function toDeleted(row: DeletedRow): DeletedDocument {
  return { ...toSummary(row), deletedAt: row.deleted_at };
}

function requireDeleted(ctx: CoreContext, docId: number): DeletedDocument {
  const row = deletedDocumentRow(ctx.db, docId);
  if (!row) {
    throw new ReaderError(
      'not_deleted',
      `Document ${docId} is not in the recycle bin`,
      `编号为 ${docId} 的文档不在“最近删除”中`,
    );
  }
  return toDeleted(row);
}

/** Soft delete: the document disappears from the library but can be restored until purged. */
export function deleteDocument(ctx: CoreContext, docId: number): DeletedDocument {
  const { workId } = requireDocument(ctx, docId);
  ctx.db.transaction(() => {
    ctx.db
      .prepare("UPDATE documents SET deleted_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), work_id = NULL, completeness = NULL WHERE id = ?")
      .run(docId);
    // The copies left behind hold a different share of what remains of the work.
    if (workId !== null) updateCompleteness(ctx, workId);
  })();
  return requireDeleted(ctx, docId);
}

export function restoreDocument(ctx: CoreContext, docId: number): DocumentSummary {
  requireDeleted(ctx, docId);
  ctx.db.transaction(() => {
    ctx.db.prepare('UPDATE documents SET deleted_at = NULL WHERE id = ?').run(docId);
    groupDocument(ctx, docId);
  })();
  return requireDocument(ctx, docId);
}

export function listDeleted(ctx: CoreContext): DeletedDocument[] {
  return deletedDocumentRows(ctx.db).map(toDeleted);
}

/** Delete for good; only documents already in the recycle bin, so one click can never destroy a document. */
export function purgeDocument(ctx: CoreContext, docId: number): { docId: number } {
  requireDeleted(ctx, docId);
  ctx.db.prepare('DELETE FROM documents WHERE id = ?').run(docId);
  return { docId };
}
