import { CAPTION } from '../import/structure/heading-patterns';
import type { KeptImage } from './source-images';

/** Where a picture is shown: before or after the block at `blockSeq` (its place in the document). */
export interface ImageAnchor {
  blockSeq: number;
  placement: 'before' | 'after';
}

/**
 * 图1, 图 2-3, 附图3, 表4 …: a caption. A table printed as a picture has one too (set above it, as tables'
 * captions are in Chinese documents, where figures' are set below).
 */
export function isFigureCaption(text: string): boolean {
  return CAPTION.test(text) && text.length <= 80;
}

/** Marks and spaces differ between the extracted text and the blocks (`#` headings, joined lines): compare without them. */
const normalize = (s: string) => s.replace(/[\s#]/g, '');
/** How many characters of the text that follows a picture find its place among the blocks. */
const SNIPPET = 12;

/**
 * The block each picture belongs to. A picture is placed before the block whose text followed it in the
 * source (found by that text, so clean-up that dropped furniture or joined lines does not move it) — a
 * caption 图N below it, or any paragraph. Where the source put the caption first (图N, then the picture,
 * then text), the picture goes after that caption. A picture after the last text goes after the last block.
 */
export function anchorImages(sourceText: string, images: readonly KeptImage[], blocks: readonly { text: string }[]): ImageAnchor[] {
  if (blocks.length === 0) return [];
  const starts: number[] = [];
  let length = 0;
  const joined = blocks
    .map((b) => {
      const t = normalize(b.text);
      starts.push(length);
      length += t.length;
      return t;
    })
    .join('');
  const source = sourceText.replace(/\s/g, '');
  const blockAt = (pos: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const captioned = new Set<number>();
  let cursor = 0;
  return images.map((image) => {
    const following = normalize(source.slice(image.at, image.at + SNIPPET * 4));
    if (following === '') return { blockSeq: blocks.length - 1, placement: 'after' };
    let pos = joined.indexOf(following.slice(0, SNIPPET), cursor);
    if (pos < 0) pos = joined.indexOf(following.slice(0, SNIPPET / 2), cursor);
    if (pos < 0) pos = Math.max(cursor, Math.round((image.at * joined.length) / Math.max(1, source.length)));
    cursor = Math.min(pos, joined.length);
    const seq = blockAt(cursor);
    if (isFigureCaption(blocks[seq]!.text)) {
      captioned.add(seq);
      return { blockSeq: seq, placement: 'before' };
    }
    if (seq > 0 && isFigureCaption(blocks[seq - 1]!.text) && !captioned.has(seq - 1)) return { blockSeq: seq - 1, placement: 'after' };
    return { blockSeq: seq, placement: 'before' };
  });
}
