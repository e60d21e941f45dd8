import { dispatch } from '../../electron/core/dispatch';
import type { Library } from '../../electron/core/open-library';
import type { Annotation, AnnotationColor } from '../../electron/shared/annotation-types';

/** The block and offset where `phrase` starts in a document (the first block that contains it). */
export async function placeOf(lib: Library, docId: number, phrase: string): Promise<{ blockId: number; offset: number }> {
  const blocks = await dispatch(lib.handlers, 'getBlocks', { docId });
  const block = blocks.find((b) => b.text.includes(phrase));
  if (!block) throw new Error(`No block of document ${docId} contains ${phrase}`);
  return { blockId: block.blockId, offset: block.text.indexOf(phrase) };
}

/** Highlight exactly `phrase` (within one block) as a user would by selecting it. */
export async function highlight(
  lib: Library,
  docId: number,
  phrase: string,
  extra: { color?: AnnotationColor; note?: string; tags?: string[]; style?: 'highlight' | 'underline' } = {},
): Promise<Annotation> {
  const start = await placeOf(lib, docId, phrase);
  return dispatch(lib.handlers, 'createAnnotation', {
    docId,
    start,
    end: { blockId: start.blockId, offset: start.offset + phrase.length },
    ...extra,
  });
}
