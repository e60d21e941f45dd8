import { api } from '../api/client';
import { readingStore } from '../reader/reading-store';

/** Bookmark the block at the top of the reader; says what was marked. */
export async function bookmarkHere(notify: (message: string) => void): Promise<void> {
  const here = readingStore.get();
  if (!here) return notify('先打开一份文件再加书签');
  try {
    const b = await api.addBookmark({ docId: here.docId, blockId: here.blockId });
    notify(`已加书签：${b.label}`);
  } catch (err) {
    notify((err as Error).message);
  }
}
