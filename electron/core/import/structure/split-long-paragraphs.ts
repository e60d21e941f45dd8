import type { ParsedBlock } from './build-blocks';

/**
 * The longest paragraph kept as one block. Search verifies candidates paragraph by paragraph, so one
 * 10 MB paragraph (a file with no line breaks) made every search read 10 MB; real paragraphs of
 * government plans stay well below this.
 */
export const MAX_PARAGRAPH_CHARS = 5_000;

const SENTENCE_END = /[。！？；!?;…]["'”’）)」』]*|\.(?=\s)/g;

/** Cut one over-long text at sentence ends into pieces of at most `max` characters (hard cuts only where a sentence is longer). */
export function splitAtSentences(text: string, max = MAX_PARAGRAPH_CHARS): string[] {
  const pieces: string[] = [];
  let start = 0;
  while (text.length - start > max) {
    const window = text.slice(start, start + max);
    let cut = -1;
    SENTENCE_END.lastIndex = 0;
    for (let m = SENTENCE_END.exec(window); m; m = SENTENCE_END.exec(window)) cut = m.index + m[0].length;
    // Never cut a surrogate pair in two.
    if (cut <= 0) cut = /[\uD800-\uDBFF]/.test(window[max - 1] ?? '') ? max - 1 : max;
    pieces.push(text.slice(start, start + cut).trim());
    start += cut;
  }
  pieces.push(text.slice(start).trim());
  return pieces.filter((p) => p !== '');
}

/** Paragraph blocks longer than the cap become several paragraphs, split at sentence ends. */
export function splitLongParagraphs(blocks: ParsedBlock[], max = MAX_PARAGRAPH_CHARS): ParsedBlock[] {
  if (blocks.every((b) => b.text.length <= max)) return blocks;
  return blocks.flatMap((b) =>
    b.kind !== 'paragraph' || b.text.length <= max ? [b] : splitAtSentences(b.text, max).map((text) => ({ ...b, text })),
  );
}
