// Highlights, notes, annotation packs and exports (issue 7).
import { z } from 'zod';
import type {
  Annotation,
  ColorMeaning,
  ExportFile,
  PackImportResult,
  ReanchorReport,
  TagCount,
} from '../annotation-types';
import { ANNOTATION_COLORS } from '../annotation-types';
import { id, method } from '../method';

const color = z.enum(ANNOTATION_COLORS);
const style = z.enum(['highlight', 'underline']);
const uuid = z.string().min(8).max(64);
const point = z.object({ blockId: id, offset: z.number().int().min(0) }).strict();
const tag = z.string().trim().min(1).max(40);
const note = z.string().max(20_000);
const tags = z.array(tag).max(50);
/** The limits of one annotation's fields, shared with the annotation pack's schema (core/annotations/annotation-pack.ts). */
export const annotationFields = { color, style, uuid, tag, tags, note };

export const annotationFilter = z
  .object({
    uuids: z.array(uuid).max(100_000).optional(),
    docId: id.optional(),
    colors: z.array(color).optional(),
    tags: z.array(tag).optional(),
    text: z.string().max(500).optional(),
    status: z.array(z.enum(['attached', 'fuzzy', 'detached'])).optional(),
  })
  .strict();

export const annotationMethods = {
  createAnnotation: method<Annotation>()(
    z
      .object({
        docId: id,
        start: point,
        end: point,
        color: color.optional(),
        style: style.optional(),
        note: note.optional(),
        tags: tags.optional(),
      })
      .strict(),
    { mutates: ['annotation'] },
  ),
  updateAnnotation: method<Annotation>()(
    z
      .object({
        uuid,
        color: color.optional(),
        style: style.optional(),
        note: note.optional(),
        tags: tags.optional(),
      })
      .strict(),
    { mutates: ['annotation'] },
  ),
  /** Marks it deleted; `restoreAnnotation` undoes that. */
  deleteAnnotation: method<Annotation>()(z.object({ uuid }).strict(), { mutates: ['annotation'] }),
  restoreAnnotation: method<Annotation>()(z.object({ uuid }).strict(), { mutates: ['annotation'] }),
  listAnnotations: method<Annotation[]>()(annotationFilter),
  listAnnotationTags: method<TagCount[]>()(z.object({}).strict()),
  getAnnotationColors: method<ColorMeaning[]>()(z.object({}).strict()),
  setColorMeaning: method<ColorMeaning[]>()(
    z.object({ color, meaning: z.string().trim().min(1).max(20) }).strict(),
    { mutates: ['annotation'] },
  ),
  /**
   * Re-attach annotations to the text of a document: after a re-import (fromDocId = toDocId) or to a new
   * edition (annotations move from one document to the other). Unplaceable ones are kept, detached.
   */
  reanchorAnnotations: method<ReanchorReport>()(z.object({ fromDocId: id, toDocId: id }).strict(), { mutates: ['annotation'] }),
  exportAnnotations: method<ExportFile>()(
    z
      .object({
        format: z.enum(['docx', 'md', 'json']),
        filter: annotationFilter.optional(),
        layout: z.enum(['excerpts', 'sections']).optional(),
        /** The title page's title, the user's own (default 政策文件批注摘编). */
        title: z.string().trim().min(1).max(100).optional(),
        /** Word only: a table of contents after the title page. */
        toc: z.boolean().optional(),
      })
      .strict(),
  ),
  /** Merge an annotation pack (the JSON export of another copy of the app). */
  importAnnotationPack: method<PackImportResult>()(z.object({ pack: z.string().min(2).max(200_000_000) }).strict(), { mutates: ['annotation'] }),
};
