import { ReaderError } from '../../shared/errors';
import type { DocumentImage } from '../../shared/image-types';
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';
import type { ImageAnchor } from './anchor-images';
import { isFigureCaption } from './anchor-images';
import type { KeptImage } from './source-images';

const INSERT = `INSERT INTO doc_images (doc_id, seq, block_seq, placement, mime, width, height, alt, bytes)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/** Store a document's pictures with their anchors (numbered from 1). Callers run it inside the import's transaction. */
export function storeImages(db: Db, docId: number, images: readonly KeptImage[], anchors: readonly ImageAnchor[]): void {
  const insert = statement(db, INSERT);
  images.forEach((img, i) => {
    const anchor = anchors[i]!;
    insert.run(docId, i + 1, anchor.blockSeq, anchor.placement, img.mime, img.width, img.height, img.alt.slice(0, 500), img.bytes);
  });
}

interface ImageRow {
  seq: number;
  block_id: number;
  block_text: string;
  placement: 'before' | 'after';
  mime: string;
  width: number | null;
  height: number | null;
  size: number;
  alt: string;
}

/** A document's pictures in source order (without their bytes). */
export function listImages(db: Db, docId: number): DocumentImage[] {
  const rows = statement(
    db,
    `SELECT i.seq, b.id AS block_id, b.text AS block_text, i.placement, i.mime, i.width, i.height, length(i.bytes) AS size, i.alt
       FROM doc_images i JOIN blocks b ON b.doc_id = i.doc_id AND b.seq = i.block_seq
      WHERE i.doc_id = ? ORDER BY i.seq`,
  ).all(docId) as ImageRow[];
  return rows.map((r) => ({
    docId,
    seq: r.seq,
    blockId: r.block_id,
    placement: r.placement,
    mime: r.mime,
    width: r.width,
    height: r.height,
    bytes: r.size,
    caption: isFigureCaption(r.block_text) ? r.block_text : '',
    alt: r.alt,
  }));
}

/** One picture's bytes and type. */
export function readImage(db: Db, docId: number, seq: number): { mime: string; bytes: Buffer } {
  const row = statement(db, 'SELECT mime, bytes FROM doc_images WHERE doc_id = ? AND seq = ?').get(docId, seq) as { mime: string; bytes: Buffer } | undefined;
  if (!row) throw new ReaderError('not_found', `Document ${docId} has no picture ${seq}`, `编号为 ${docId} 的文档没有第 ${seq} 张图片`);
  return row;
}
