import type { ReadingPosition, RecentDocument } from '../../shared/manage-types';
import type { CoreContext } from '../context';
import { requireDocument } from '../library/documents';

interface StateRow {
  doc_id: number;
  block_id: number | null;
  opened_at: string;
}

const toPosition = (r: StateRow): ReadingPosition => ({ docId: r.doc_id, blockId: r.block_id, openedAt: r.opened_at });

/** Remember the block at the top of the view; also marks the document as just opened. */
export function saveReadingPosition(ctx: CoreContext, docId: number, blockId: number | null): ReadingPosition {
  requireDocument(ctx, docId);
  // A block id from another document would reopen the wrong text: keep only this document's blocks.
  const own = blockId === null ? null : (ctx.db.prepare('SELECT id FROM blocks WHERE id = ? AND doc_id = ?').get(blockId, docId) as { id: number } | undefined);
  ctx.db
    .prepare(
      `INSERT INTO reading_state (doc_id, block_id, opened_at, touch_seq)
       VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), (SELECT coalesce(max(touch_seq), 0) + 1 FROM reading_state))
       ON CONFLICT (doc_id) DO UPDATE SET block_id = excluded.block_id, opened_at = excluded.opened_at, touch_seq = excluded.touch_seq`,
    )
    .run(docId, own ? own.id : null);
  return getReadingPosition(ctx, docId)!;
}

export function getReadingPosition(ctx: CoreContext, docId: number): ReadingPosition | null {
  requireDocument(ctx, docId);
  const row = ctx.db.prepare('SELECT * FROM reading_state WHERE doc_id = ?').get(docId) as StateRow | undefined;
  return row ? toPosition(row) : null;
}

export function listRecent(ctx: CoreContext, limit = 10): RecentDocument[] {
  const rows = ctx.db
    .prepare(
      `SELECT r.*, d.title,
         (SELECT h.text FROM blocks h
           WHERE h.doc_id = r.doc_id AND h.kind = 'heading'
             AND h.seq <= (SELECT b.seq FROM blocks b WHERE b.id = r.block_id AND b.doc_id = r.doc_id)
           ORDER BY h.seq DESC LIMIT 1) AS section_title
       FROM reading_state r JOIN documents d ON d.id = r.doc_id
       WHERE d.deleted_at IS NULL
       ORDER BY r.touch_seq DESC LIMIT ?`,
    )
    .all(limit) as (StateRow & { title: string; section_title: string | null })[];
  return rows.map((r) => ({ ...toPosition(r), title: r.title, sectionTitle: r.section_title }));
}
