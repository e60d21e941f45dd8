import type { bookmarkMethods } from '../../shared/api/bookmarks';
import type { ReaderHandlers } from '../../shared/contract';
import type { CoreContext } from '../context';
import { addBookmark, listBookmarks, removeBookmark } from './store';

export function bookmarkHandlers(ctx: CoreContext): Pick<ReaderHandlers, keyof typeof bookmarkMethods> {
  return {
    listBookmarks: ({ docId }) => listBookmarks(ctx, docId),
    addBookmark: ({ docId, blockId }) => addBookmark(ctx, docId, blockId),
    removeBookmark: ({ bookmarkId }) => removeBookmark(ctx, bookmarkId),
  };
}
