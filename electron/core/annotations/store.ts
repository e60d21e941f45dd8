import crypto from 'node:crypto';
import type {
  Annotation,
  AnnotationColor,
  AnnotationFilter,
  AnnotationStyle,
  AnchorPoint,
} from '../../shared/annotation-types';
import { ReaderError } from '../../shared/errors';
import type { CoreContext } from '../context';
import { requireDocument } from '../library/documents';
import { loadDocText, toAnchor, toGlobal } from './doc-text';
import { contextOf } from './locate-quote';
import { annotationRowByUuid } from '../data/annotations';
import { READING_ORDER, SELECT_ROWS, toAnnotations, type AnnotationRow } from './rows';
import { setTags } from './tags';

export interface NewAnnotation {
  docId: number;
  start: AnchorPoint;
  end: AnchorPoint;
  color?: AnnotationColor;
  style?: AnnotationStyle;
  note?: string;
  tags?: string[];
}

export interface AnnotationChanges {
  color?: AnnotationColor;
  style?: AnnotationStyle;
  note?: string;
  tags?: string[];
}

const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

function rowByUuid({ db }: CoreContext, uuid: string): AnnotationRow {
  return annotationRowByUuid(db, uuid);
}

export function getAnnotation(ctx: CoreContext, uuid: string): Annotation {
  return toAnnotations(ctx, [rowByUuid(ctx, uuid)])[0]!;
}

export function createAnnotation(ctx: CoreContext, input: NewAnnotation): Annotation {
  const docRow = requireDocument(ctx, input.docId);
  const doc = loadDocText(ctx, input.docId);
  const a = toGlobal(doc, input.start.blockId, input.start.offset);
  const b = toGlobal(doc, input.end.blockId, input.end.offset);
  if (a === null || b === null) {
    const which = a === null ? input.start : input.end;
    throw new ReaderError(
      'bad_anchor',
      `Block ${which.blockId} is not in document ${input.docId}, or offset ${which.offset} is past its end`,
      `选区不在该文档中（段落 ${which.blockId}，位置 ${which.offset}）`,
    );
  }
  const anchor = toAnchor(doc, Math.min(a, b), Math.max(a, b));
  const quote = doc.text.slice(anchor.from, anchor.to);
  if (anchor.to <= anchor.from || quote.trim() === '') {
    throw new ReaderError('empty_selection', 'The selection is empty: nothing to highlight', '选区为空，没有可标注的文字');
  }
  const { prefix, suffix } = contextOf(doc.text, anchor.from, anchor.to);
  const hash = (ctx.db.prepare('SELECT content_hash FROM documents WHERE id = ?').get(input.docId) as { content_hash: string })
    .content_hash;
  const uuid = crypto.randomUUID();
  ctx.db.transaction(() => {
    const info = ctx.db
      .prepare(
        `INSERT INTO annotations (uuid, doc_id, doc_title, doc_hash, start_block_id, start_offset, end_block_id, end_offset,
                                  quote, prefix, suffix, color, style, note)
         VALUES (@uuid, @docId, @title, @hash, @startBlock, @startOffset, @endBlock, @endOffset,
                 @quote, @prefix, @suffix, @color, @style, @note)`,
      )
      .run({
        uuid,
        docId: input.docId,
        title: docRow.title,
        hash,
        startBlock: anchor.start.blockId,
        startOffset: anchor.start.offset,
        endBlock: anchor.end.blockId,
        endOffset: anchor.end.offset,
        quote,
        prefix,
        suffix,
        color: input.color ?? 'yellow',
        style: input.style ?? 'highlight',
        note: input.note ?? '',
      });
    if (input.tags) setTags(ctx, Number(info.lastInsertRowid), input.tags);
  })();
  return getAnnotation(ctx, uuid);
}

export function updateAnnotation(ctx: CoreContext, uuid: string, changes: AnnotationChanges): Annotation {
  const row = rowByUuid(ctx, uuid);
  ctx.db.transaction(() => {
    ctx.db
      .prepare(
        `UPDATE annotations SET color = coalesce(@color, color), style = coalesce(@style, style),
           note = coalesce(@note, note), updated_at = ${NOW} WHERE id = @id`,
      )
      .run({ id: row.id, color: changes.color ?? null, style: changes.style ?? null, note: changes.note ?? null });
    if (changes.tags) setTags(ctx, row.id, changes.tags);
  })();
  return getAnnotation(ctx, uuid);
}

/** Deleting marks the annotation, so it can be restored (undo); the returned value is as it was. */
export function deleteAnnotation(ctx: CoreContext, uuid: string): Annotation {
  const before = getAnnotation(ctx, uuid);
  ctx.db.prepare(`UPDATE annotations SET deleted_at = ${NOW}, updated_at = ${NOW} WHERE uuid = ?`).run(uuid);
  return before;
}

export function restoreAnnotation(ctx: CoreContext, uuid: string): Annotation {
  rowByUuid(ctx, uuid);
  ctx.db.prepare(`UPDATE annotations SET deleted_at = NULL, updated_at = ${NOW} WHERE uuid = ?`).run(uuid);
  return getAnnotation(ctx, uuid);
}

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Annotations matching the filter, in reading order (document, then place in it); detached last. */
export function listAnnotations(ctx: CoreContext, filter: AnnotationFilter = {}): Annotation[] {
  const where = ['a.deleted_at IS NULL', '(a.doc_id IS NULL OR d.deleted_at IS NULL)'];
  const params: unknown[] = [];
  if (filter.docId !== undefined) {
    where.push('a.doc_id = ?');
    params.push(filter.docId);
  }
  if (filter.uuids) {
    where.push('a.uuid IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(filter.uuids));
  }
  if (filter.colors && filter.colors.length > 0) {
    where.push('a.color IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(filter.colors));
  }
  if (filter.tags && filter.tags.length > 0) {
    where.push(`EXISTS (SELECT 1 FROM annotation_tags at JOIN tags t ON t.id = at.tag_id
                        WHERE at.annotation_id = a.id AND t.name IN (SELECT value FROM json_each(?)))`);
    params.push(JSON.stringify(filter.tags));
  }
  const text = filter.text?.trim();
  if (text) {
    where.push(`(a.quote LIKE ? ESCAPE '\\' OR a.note LIKE ? ESCAPE '\\' OR a.doc_title LIKE ? ESCAPE '\\' OR EXISTS (
                   SELECT 1 FROM annotation_tags at JOIN tags t ON t.id = at.tag_id
                   WHERE at.annotation_id = a.id AND t.name LIKE ? ESCAPE '\\'))`);
    params.push(...Array(4).fill(likePattern(text)));
  }
  const rows = ctx.db.prepare(`${SELECT_ROWS} WHERE ${where.join(' AND ')} ${READING_ORDER}`).all(...params) as AnnotationRow[];
  const annotations = toAnnotations(ctx, rows);
  return filter.status ? annotations.filter((a) => filter.status!.includes(a.status)) : annotations;
}
