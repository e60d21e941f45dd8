import type { Annotation } from '../../shared/annotation-types';
import type { CoreContext } from '../context';
import { chapterIndex, type ChapterIndex } from './chapter-index';
import { tagsByAnnotation } from './tags';
import type { AnnotationRow } from '../data/annotations';

export { READING_ORDER, SELECT_ROWS, type AnnotationRow } from '../data/annotations';

/** Whether the row currently points at a place in its document. */
export function isPlaced(r: AnnotationRow): boolean {
  return r.doc_id !== null && r.start_block_id !== null && r.end_block_id !== null && r.anchor_status !== 'detached';
}

/** Rows as the API shows them, with tags and chapter paths. */
export function toAnnotations(ctx: CoreContext, rows: AnnotationRow[]): Annotation[] {
  const tags = tagsByAnnotation(ctx, rows.map((r) => r.id));
  const indexes = new Map<number, ChapterIndex>();
  const pathOf = (r: AnnotationRow) => {
    if (!isPlaced(r) || r.start_seq === null) return [];
    let index = indexes.get(r.doc_id!);
    if (!index) indexes.set(r.doc_id!, (index = chapterIndex(ctx, r.doc_id!)));
    return index.pathAt(r.start_seq);
  };
  return rows.map((r) => {
    const placed = isPlaced(r);
    return {
      uuid: r.uuid,
      docId: r.doc_id,
      docTitle: r.doc_title,
      start: placed ? { blockId: r.start_block_id!, offset: r.start_offset } : null,
      end: placed ? { blockId: r.end_block_id!, offset: r.end_offset } : null,
      quote: r.quote,
      prefix: r.prefix,
      suffix: r.suffix,
      color: r.color,
      style: r.style,
      note: r.note,
      tags: tags.get(r.id) ?? [],
      status: placed ? r.anchor_status : 'detached',
      chapterPath: pathOf(r),
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    };
  });
}
