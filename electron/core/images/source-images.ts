import { contentHashOf } from '../content-hash';
import { IMAGE_LIMITS, type ImageLimits } from '../limits/image-limits';
import { imageInfo, type ImageInfo } from './image-info';

/** A picture as read from a source, in source order. */
export interface SourceImage {
  bytes: Buffer;
  /** The source's own description (a Word picture's alt text, an <img>'s alt), or ''. */
  alt: string;
  /** How many non-blank characters of the extracted text come before it. */
  at: number;
}

/** A picture the document keeps: a format a browser shows, its size known. */
export interface KeptImage extends SourceImage, ImageInfo {
  /** SHA-256 of its bytes: the same picture met again has the same. */
  hash: string;
}

/**
 * The pictures worth keeping, in source order: formats a browser shows, not spacers or bullets, within the
 * limits (a repeat counts again). Damaged or unknown data is skipped, never thrown.
 */
export function keepImages(images: readonly SourceImage[], limits: ImageLimits = IMAGE_LIMITS): KeptImage[] {
  const kept: KeptImage[] = [];
  let total = 0;
  for (const image of images) {
    if (kept.length >= limits.maxImages) break;
    if (image.bytes.length > limits.maxImageBytes || total + image.bytes.length > limits.maxDocumentBytes) continue;
    const info = imageInfo(image.bytes);
    if (!info || info.width <= 0 || info.height <= 0 || info.width > limits.maxSide || info.height > limits.maxSide) continue;
    if (info.width < limits.minSide && info.height < limits.minSide) continue;
    total += image.bytes.length;
    kept.push({ ...image, ...info, hash: contentHashOf(image.bytes) });
  }
  return kept;
}
