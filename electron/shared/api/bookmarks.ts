// Bookmarks: places to come back to (issue 14).
import { z } from 'zod';
import type { Bookmark } from '../bookmark-types';
import { id, method } from '../method';

export const bookmarkMethods = {
  /** Newest first; of one document when docId is given. */
  listBookmarks: method<Bookmark[]>()(z.object({ docId: id.optional() }).strict()),
  /** Bookmark a block (or the top: null); bookmarking the same place again returns the existing one. */
  addBookmark: method<Bookmark>()(z.object({ docId: id, blockId: id.nullable() }).strict(), { mutates: ['settings'] }),
  removeBookmark: method<{ bookmarkId: number }>()(z.object({ bookmarkId: id }).strict(), { mutates: ['settings'] }),
};
