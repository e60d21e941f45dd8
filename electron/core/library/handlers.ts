import type { libraryMethods } from '../../shared/api/library';
import type { ReaderHandlers } from '../../shared/contract';
import type { CoreContext } from '../context';
import { getVersions, updateMetadata } from '../import/edit-metadata';
import { importPaths, importUploads } from '../import/import-files';
import { importProgress } from '../import/progress';
import { regroupLibrary } from '../import/versions';
import { getBlocks, getOriginal, getToc, listDocuments, requireDocument } from './documents';

export function libraryHandlers(ctx: CoreContext): Pick<ReaderHandlers, keyof typeof libraryMethods> {
  return {
    listDocuments: () => listDocuments(ctx),
    getDocument: ({ docId }) => requireDocument(ctx, docId),
    getToc: ({ docId }) => getToc(ctx, docId),
    getBlocks: ({ docId }) => getBlocks(ctx, docId),
    getOriginal: ({ docId }) => getOriginal(ctx, docId),
    importPaths: ({ paths }) => importPaths(ctx, paths),
    importUploads: ({ files }) =>
      importUploads(
        ctx,
        files.map((f) => ({ name: f.name, bytes: Buffer.from(f.dataBase64, 'base64') })),
      ),
    updateMetadata: ({ docId, ...patch }) => {
      updateMetadata(ctx, docId, patch);
      return requireDocument(ctx, docId);
    },
    getVersions: ({ docId }) => getVersions(ctx, docId),
    getImportProgress: () => importProgress(ctx),
    regroupVersions: () => {
      regroupLibrary(ctx);
      const row = ctx.db.prepare('SELECT count(*) AS n FROM works').get() as { n: number };
      return { works: row.n };
    },
  };
}
