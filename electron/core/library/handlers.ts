import type { libraryMethods } from '../../shared/api/library';
import type { ReaderHandlers } from '../../shared/contract';
import type { CoreContext } from '../context';
import { importBytes, importPaths } from '../import/import-files';
import { getBlocks, getOriginal, getToc, listDocuments, requireDocument } from './documents';

export function libraryHandlers(ctx: CoreContext): Pick<ReaderHandlers, keyof typeof libraryMethods> {
  return {
    listDocuments: () => listDocuments(ctx),
    getDocument: ({ docId }) => requireDocument(ctx, docId),
    getToc: ({ docId }) => getToc(ctx, docId),
    getBlocks: ({ docId }) => getBlocks(ctx, docId),
    getOriginal: ({ docId }) => getOriginal(ctx, docId),
    importPaths: ({ paths }) => importPaths(ctx, paths),
    importUploads: ({ files }) => files.map((f) => importBytes(ctx, f.name, Buffer.from(f.dataBase64, 'base64'), null)),
  };
}
