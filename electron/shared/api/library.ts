import { z } from 'zod';
import { id, method } from '../method';
import type { Block, DocumentDetail, DocumentSummary, ImportResult, Original, TocEntry } from '../types';

export const libraryMethods = {
  listDocuments: method<DocumentSummary[]>()(z.object({}).strict()),
  getDocument: method<DocumentDetail>()(z.object({ docId: id }).strict()),
  getToc: method<TocEntry[]>()(z.object({ docId: id }).strict()),
  getBlocks: method<Block[]>()(z.object({ docId: id }).strict()),
  getOriginal: method<Original>()(z.object({ docId: id }).strict()),
  /** Import files or folders that the serving machine can read. */
  importPaths: method<ImportResult[]>()(z.object({ paths: z.array(z.string().min(1)).min(1) }).strict()),
  /** Import file contents sent by the client (drag and drop in browser mode). */
  importUploads: method<ImportResult[]>()(
    z
      .object({
        files: z
          .array(z.object({ name: z.string().min(1).max(255), dataBase64: z.string() }).strict())
          .min(1),
      })
      .strict(),
  ),
};
