import type { collectionMethods } from '../../shared/api/collections';
import type { ReaderHandlers } from '../../shared/contract';
import type { CoreContext } from '../context';
import { requireDocument } from '../library/documents';

export function collectionHandlers(ctx: CoreContext): Pick<ReaderHandlers, keyof typeof collectionMethods> {
  return {
    listCollections: () =>
      ctx.db
        .prepare(
          `SELECT c.name, count(*) AS count FROM document_collections c JOIN documents d ON d.id = c.doc_id
           WHERE d.deleted_at IS NULL GROUP BY c.name ORDER BY c.name`,
        )
        .all() as { name: string; count: number }[],
    setCollection: ({ docIds, name, member }) => {
      for (const docId of docIds) requireDocument(ctx, docId);
      const statement = member
        ? ctx.db.prepare('INSERT OR IGNORE INTO document_collections (doc_id, name) VALUES (?, ?)')
        : ctx.db.prepare('DELETE FROM document_collections WHERE doc_id = ? AND name = ?');
      const changed = ctx.db.transaction(() => docIds.reduce((n, docId) => n + statement.run(docId, name).changes, 0))();
      return { changed };
    },
  };
}
