import type { manageMethods } from '../../shared/api/manage';
import type { ReaderHandlers } from '../../shared/contract';
import type { CoreContext } from '../context';
import { deleteDocument, listDeleted, purgeDocument, restoreDocument, setDocumentKind } from './document-admin';
import { getPreferences, setPreferences } from './preferences';
import { getReadingPosition, listRecent, saveReadingPosition } from './reading-state';

export function manageHandlers(ctx: CoreContext): Pick<ReaderHandlers, keyof typeof manageMethods> {
  return {
    setDocumentKind: ({ docId, kind }) => setDocumentKind(ctx, docId, kind ?? null),
    deleteDocument: ({ docId }) => deleteDocument(ctx, docId),
    restoreDocument: ({ docId }) => restoreDocument(ctx, docId),
    listDeleted: () => listDeleted(ctx),
    purgeDocument: ({ docId }) => purgeDocument(ctx, docId),
    saveReadingPosition: ({ docId, blockId }) => saveReadingPosition(ctx, docId, blockId),
    getReadingPosition: ({ docId }) => getReadingPosition(ctx, docId),
    listRecent: ({ limit }) => listRecent(ctx, limit),
    getPreferences: () => getPreferences(ctx),
    setPreferences: (patch) => setPreferences(ctx, patch),
  };
}
