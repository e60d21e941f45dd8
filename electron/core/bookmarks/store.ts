import type { Bookmark } from '../../shared/bookmark-types';
import { ReaderError } from '../../shared/errors';
import type { CoreContext } from '../context';
import { requireDocument } from '../library/documents';

interface Row {
  id: number;
  doc_id: number;
  title: string;
  block_id: number | null;
  label: string;
  created_at: string;
}

const SELECT = `SELECT k.*, d.title FROM bookmarks k JOIN documents d ON d.id = k.doc_id WHERE d.deleted_at IS NULL`;
const toBookmark = (r: Row): Bookmark => ({ id: r.id, docId: r.doc_id, docTitle: r.title, blockId: r.block_id, label: r.label, createdAt: r.created_at });

export function listBookmarks(ctx: CoreContext, docId?: number): Bookmark[] {
  const rows = (docId === undefined
    ? ctx.db.prepare(`${SELECT} ORDER BY k.id DESC`).all()
    : ctx.db.prepare(`${SELECT} AND k.doc_id = ? ORDER BY k.id DESC`).all(docId)) as Row[];
  return rows.map(toBookmark);
}

/** 第四章…　打造轨道上的长株潭…: the nearest heading and the first words of the block. */
function labelOf(ctx: CoreContext, docId: number, blockId: number | null): string {
  if (blockId === null) return '文首';
  const block = ctx.db.prepare('SELECT seq, kind, text FROM blocks WHERE id = ?').get(blockId) as { seq: number; kind: string; text: string };
  if (block.kind === 'heading') return block.text;
  const heading = ctx.db
    .prepare("SELECT text FROM blocks WHERE doc_id = ? AND kind = 'heading' AND seq < ? ORDER BY seq DESC LIMIT 1")
    .get(docId, block.seq) as { text: string } | undefined;
  const start = block.text.length > 24 ? `${block.text.slice(0, 24)}…` : block.text;
  return heading ? `${heading.text}　${start}` : start;
}

export function addBookmark(ctx: CoreContext, docId: number, blockId: number | null): Bookmark {
  requireDocument(ctx, docId);
  if (blockId !== null && !ctx.db.prepare('SELECT 1 FROM blocks WHERE id = ? AND doc_id = ?').get(blockId, docId)) {
    throw new ReaderError('not_found', `Block ${blockId} is not in document ${docId}`, `文档 ${docId} 中没有编号为 ${blockId} 的段落`);
  }
  const existing = ctx.db.prepare('SELECT id FROM bookmarks WHERE doc_id = ? AND block_id IS ?').get(docId, blockId) as { id: number } | undefined;
  const bookmarkId =
    existing?.id ??
    Number(ctx.db.prepare('INSERT INTO bookmarks (doc_id, block_id, label) VALUES (?, ?, ?)').run(docId, blockId, labelOf(ctx, docId, blockId)).lastInsertRowid);
  return toBookmark(ctx.db.prepare(`${SELECT} AND k.id = ?`).get(bookmarkId) as Row);
}

export function removeBookmark(ctx: CoreContext, bookmarkId: number): { bookmarkId: number } {
  const removed = ctx.db.prepare('DELETE FROM bookmarks WHERE id = ?').run(bookmarkId).changes;
  if (removed === 0) throw new ReaderError('not_found', `No bookmark with id ${bookmarkId}`, `找不到编号为 ${bookmarkId} 的书签`);
  return { bookmarkId };
}
