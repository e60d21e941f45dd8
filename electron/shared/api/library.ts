import { z } from 'zod';
import type { ImportProgress, Versions } from '../import-types';
import { id, method } from '../method';
import type { Block, DocumentDetail, DocumentSummary, ImportResult, Original, TocEntry } from '../types';

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const libraryMethods = {
  listDocuments: method<DocumentSummary[]>()(z.object({}).strict()),
  getDocument: method<DocumentDetail>()(z.object({ docId: id }).strict()),
  getToc: method<TocEntry[]>()(z.object({ docId: id }).strict()),
  getBlocks: method<Block[]>()(z.object({ docId: id }).strict()),
  getOriginal: method<Original>()(z.object({ docId: id }).strict()),
  /** Import files or folders that the serving machine can read. */
  importPaths: method<ImportResult[]>()(z.object({ paths: z.array(z.string().min(1)).min(1) }).strict(), { mutates: ['document', 'blocks'] }),
  /** Import file contents sent by the client (drag and drop in browser mode). */
  importUploads: method<ImportResult[]>()(
    z
      .object({
        files: z
          .array(z.object({ name: z.string().min(1).max(255), dataBase64: z.string() }).strict())
          .min(1),
      })
      .strict(),
    { mutates: ['document', 'blocks'] },
  ),
  /** Correct a document's title, issuing body, 文号 or date of issue (null clears a field). */
  updateMetadata: method<DocumentDetail>()(
    z
      .object({
        docId: id,
        title: z.string().trim().min(1).max(300).optional(),
        issuer: optionalText(200),
        docNumber: optionalText(100),
        issuedOn: z
          .string()
          .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'date must be YYYY, YYYY-MM or YYYY-MM-DD')
          .nullable()
          .optional(),
      })
      .strict(),
    { mutates: ['metadata'] },
  ),
  /** The copies of the work this document belongs to, with how complete each one is. */
  getVersions: method<Versions>()(z.object({ docId: id }).strict()),
  /** How far the running import has come (poll it for a progress bar). */
  getImportProgress: method<ImportProgress>()(z.object({}).strict()),
  /** Group the whole library into works again (e.g. after documents were deleted). */
  regroupVersions: method<{ works: number }>()(z.object({}).strict(), { mutates: ['metadata'] }),
};
