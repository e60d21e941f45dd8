import type { QuickOpenEntries } from '../../shared/search-types';
import type { Db } from '../db/open-database';

/** Titles of every live document and every heading in it, for the renderer's quick-open index. */
export function quickOpenEntries(db: Db): QuickOpenEntries {
  const documents = db
    .prepare('SELECT id AS docId, title FROM documents WHERE deleted_at IS NULL ORDER BY id')
    .all() as QuickOpenEntries['documents'];
  const headings = db
    .prepare(
      `SELECT b.doc_id AS docId, b.id AS blockId, b.level, b.text AS title FROM blocks b JOIN documents d ON d.id = b.doc_id
       WHERE d.deleted_at IS NULL AND b.kind = 'heading' ORDER BY b.doc_id, b.seq`,
    )
    .all() as QuickOpenEntries['headings'];
  return { documents, headings };
}
