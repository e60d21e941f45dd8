import type { ReadingStop } from './training-types';

/** What each kind of stop is called. */
export const KIND_LABEL: Record<ReadingStop['kind'], string> = { passage: '段落', chapter: '章节', comparison: '对照' };

/** What a stop is called when the trainer gave it no title: its chapter, else its document, else its kind. */
export function stopLabel(stop: Pick<ReadingStop, 'title' | 'kind' | 'place'>): string {
  return stop.title || stop.place.chapterPath.at(-1) || stop.place.docTitle || KIND_LABEL[stop.kind];
}
