import type { CliCommand } from '../command';
import { requireDocId, UsageError } from '../command';

function requireId(value: string | undefined, what: string): number {
  const n = Number(value);
  if (!value || !Number.isInteger(n) || n <= 0) throw new UsageError(`${what} must be a positive integer, got: ${value ?? '(nothing)'}`);
  return n;
}

export const bookmarkCommands: CliCommand[] = [
  {
    name: 'bookmarks',
    usage: 'bookmarks [DOC]',
    summary: 'List bookmarks, newest first (of one document when DOC is given)',
    async run(lib, [doc], _v, io) {
      const list = await lib.call('listBookmarks', doc === undefined ? {} : { docId: requireDocId(doc) });
      io.out(list, () => (list.length === 0 ? 'no bookmarks' : list.map((b) => `#${b.id}  doc ${b.docId}  ${b.docTitle}  ${b.label}`).join('\n')));
    },
  },
  {
    name: 'bookmark',
    usage: 'bookmark DOC [BLOCK]',
    summary: 'Bookmark a block of a document (its top without BLOCK)',
    async run(lib, [doc, block], _v, io) {
      const b = await lib.call('addBookmark', { docId: requireDocId(doc), blockId: block === undefined ? null : requireId(block, 'BLOCK') });
      io.out(b, () => `bookmark #${b.id}: ${b.docTitle}  ${b.label}`);
    },
  },
  {
    name: 'unbookmark',
    usage: 'unbookmark ID',
    summary: 'Remove a bookmark',
    async run(lib, [bookmark], _v, io) {
      const r = await lib.call('removeBookmark', { bookmarkId: requireId(bookmark, 'ID') });
      io.out(r, () => `removed bookmark #${r.bookmarkId}`);
    },
  },
];
