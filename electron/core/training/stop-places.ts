import type { StopPlace } from '../../shared/training-types';
import type { CoreContext } from '../context';
import { chapterIndex, type ChapterIndex } from '../annotations/chapter-index';
import { citation, type DocumentMeta } from '../export/citation';
import { headingRank } from '../../shared/chapter-path';
import type { Block } from '../../shared/types';

/** A chapter stop shows at most this many blocks (a whole 章 of a long plan is for reading, not presenting). */
export const MAX_CHAPTER_BLOCKS = 300;

interface PlaceRow {
  doc_id: number | null;
  title: string | null;
  doc_number: string | null;
  issuer: string | null;
  issued_on: string | null;
  seq: number | null;
  text: string | null;
}

/** What a stop's block says and where it sits, for paths shown, presented and handed out. Caches per document. */
export function stopPlaces(
  ctx: CoreContext,
): (docId: number | null, blockId: number | null, start?: number | null, end?: number | null, chapter?: boolean) => StopPlace {
  const row = ctx.db.prepare(
    `SELECT d.id AS doc_id, d.title, d.doc_number, d.issuer, d.issued_on, b.seq, b.text
     FROM documents d LEFT JOIN blocks b ON b.id = ? AND b.doc_id = d.id WHERE d.id = ?`,
  );
  const following = ctx.db.prepare('SELECT id AS blockId, kind, level, text FROM blocks WHERE doc_id = ? AND seq >= ? ORDER BY seq LIMIT ?');
  /** The heading and what it encloses: up to the next heading of the same or an outer level. */
  const chapterBlocks = (docId: number, seq: number): Block[] => {
    const blocks = following.all(docId, seq, MAX_CHAPTER_BLOCKS + 1) as Block[];
    const rank = headingRank(blocks[0]!);
    const end = blocks.findIndex((b, i) => i > 0 && headingRank(b) > 0 && headingRank(b) <= rank);
    return blocks.slice(0, end < 0 ? MAX_CHAPTER_BLOCKS : end);
  };
  const indexes = new Map<number, ChapterIndex>();
  return (docId, blockId, start, end, chapter = false) => {
    const r = docId === null ? undefined : (row.get(blockId, docId) as PlaceRow | undefined);
    if (!r) return { docId: null, blockId: null, docTitle: null, text: '', blocks: [], chapterPath: [], citation: '' };
    let index = indexes.get(r.doc_id!);
    if (!index) indexes.set(r.doc_id!, (index = chapterIndex(ctx, r.doc_id!)));
    const chapterPath = r.seq === null ? [] : index.pathAt(r.seq);
    const text = r.text ?? '';
    const blocks: Block[] =
      r.seq === null ? [] : chapter ? chapterBlocks(r.doc_id!, r.seq) : (following.all(r.doc_id, r.seq, 1) as Block[]);
    const meta: DocumentMeta = { docId: r.doc_id, title: r.title!, docNumber: r.doc_number, issuer: r.issuer, issuedOn: r.issued_on };
    return {
      docId: r.doc_id,
      blockId: r.seq === null ? null : blockId,
      docTitle: r.title,
      text: start != null && end != null ? text.slice(start, end) : text,
      blocks,
      chapterPath,
      citation: citation(meta, chapterPath),
    };
  };
}
