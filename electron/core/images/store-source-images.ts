import type { Db } from '../db/open-database';
import type { SourceText } from '../import/source-file';
import { anchorImages, isFigureCaption, type ImageAnchor } from './anchor-images';
import { storeImages } from './image-store';
import { keepImages, type KeptImage } from './source-images';

/** Keep the pictures a source carried, each at the block it belongs to (inside the import's transaction); how many were kept. */
export function storeSourceImages(db: Db, docId: number, source: SourceText, blocks: readonly { text: string }[]): number {
  if (!source.images?.length) return 0;
  const kept = keepImages(source.images);
  if (kept.length === 0) return 0;
  const anchors = anchorImages(source.text, kept, blocks);
  const chosen = withoutRepeats(kept, anchors, blocks);
  storeImages(
    db,
    docId,
    chosen.map((i) => kept[i]!),
    chosen.map((i) => anchors[i]!),
  );
  return chosen.length;
}

/**
 * A picture met again (a logo on every page, a rule) is kept once; only where the same picture is the
 * figure of another caption 图N is it shown there too.
 */
function withoutRepeats(images: readonly KeptImage[], anchors: readonly ImageAnchor[], blocks: readonly { text: string }[]): number[] {
  const seen = new Set<string>();
  const figured = new Set<number>();
  const chosen: number[] = [];
  images.forEach((image, i) => {
    const { blockSeq } = anchors[i]!;
    const atCaption = isFigureCaption(blocks[blockSeq]!.text);
    if (seen.has(image.hash) && !(atCaption && !figured.has(blockSeq))) return;
    seen.add(image.hash);
    if (atCaption) figured.add(blockSeq);
    chosen.push(i);
  });
  return chosen;
}
