// Library management: rename, metadata, delete with undo, reading state and preferences (issue 5).
import { z } from 'zod';
import { id, method } from '../method';
import {
  COLUMN_WIDTH_RANGE,
  FONT_SIZE_RANGE,
  LINE_HEIGHT_RANGE,
  type DeletedDocument,
  type Preferences,
  type ReadingPosition,
  type RecentDocument,
} from '../manage-types';
import type { DocumentDetail, DocumentSummary } from '../types';

/** An optional metadata field: a string to set, null or '' to clear. */
const field = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((v) => (v === '' ? null : v))
    .optional();

const preferencesPatch = z
  .object({
    fontSize: z.number().int().min(FONT_SIZE_RANGE.min).max(FONT_SIZE_RANGE.max),
    lineHeight: z.number().min(LINE_HEIGHT_RANGE.min).max(LINE_HEIGHT_RANGE.max),
    theme: z.enum(['light', 'dark']),
    readingFont: z.enum(['serif', 'sans', 'kai', 'fangsong']),
    columnWidth: z.number().int().min(COLUMN_WIDTH_RANGE.min).max(COLUMN_WIDTH_RANGE.max),
    openDocIds: z.array(id).max(50),
    activeDocId: id.nullable(),
    libraryOpen: z.boolean(),
    outlineOpen: z.boolean(),
  })
  .partial()
  .strict();

export const manageMethods = {
  /**
   * Set or clear a document's 文种 (kind), used to filter the library. Title, issuer, 文号 and
   * date are edited with `updateMetadata` (library.ts).
   */
  setDocumentKind: method<DocumentDetail>()(z.object({ docId: id, kind: field(50) }).strict(), { mutates: ['metadata'] }),
  /** Move a document to the recycle bin (undoable with restoreDocument). */
  deleteDocument: method<DeletedDocument>()(z.object({ docId: id }).strict(), { mutates: ['document'] }),
  restoreDocument: method<DocumentSummary>()(z.object({ docId: id }).strict(), { mutates: ['document'] }),
  listDeleted: method<DeletedDocument[]>()(z.object({}).strict()),
  /** Remove a deleted document for good, with its text and everything attached to it. */
  purgeDocument: method<{ docId: number }>()(z.object({ docId: id }).strict(), { mutates: ['document', 'blocks', 'annotation'] }),
  saveReadingPosition: method<ReadingPosition>()(z.object({ docId: id, blockId: id.nullable() }).strict(), { mutates: ['settings'] }),
  getReadingPosition: method<ReadingPosition | null>()(z.object({ docId: id }).strict()),
  listRecent: method<RecentDocument[]>()(z.object({ limit: z.number().int().min(1).max(100).optional() }).strict()),
  getPreferences: method<Preferences>()(z.object({}).strict()),
  /** Change some preferences; returns all of them. */
  setPreferences: method<Preferences>()(preferencesPatch, { mutates: ['settings'] }),
};
