import { loadDocument } from '../reader/document-cache';
import { chapterPath } from '../reader/document-model';
import { readingStore } from '../reader/reading-store';

/**
 * The chapter being read in `docId`: the outermost heading above the top of the reader, passing over
 * a heading that only repeats the document's title. Null before the first heading.
 */
export async function currentChapter(docId: number): Promise<{ blockId: number; title: string } | null> {
  const position = readingStore.get();
  if (!position || position.docId !== docId || position.blockId === null) return null;
  const { model, detail } = await loadDocument(docId);
  const index = model.indexOf.get(position.blockId);
  if (index === undefined) return null;
  const path = chapterPath(model, index).filter((h) => h.text !== detail.title);
  const chapter = path[0];
  return chapter ? { blockId: chapter.blockId, title: chapter.text } : null;
}
