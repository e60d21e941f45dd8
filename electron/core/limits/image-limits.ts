/** What a document may keep of the pictures its source carries (see core/images). */
export interface ImageLimits {
  /** Largest one picture kept; a bigger one is skipped (a scan of a page, a poster). */
  maxImageBytes: number;
  /** Most picture bytes one document keeps; the rest, in source order, are skipped. */
  maxDocumentBytes: number;
  /** Most pictures one document keeps. */
  maxImages: number;
  /** Pictures smaller than this on both sides are spacers, bullets, icons and rules, not figures. */
  minSide: number;
  /** Largest side a browser is asked to show (a bomb of 60,000 × 60,000 px is skipped). */
  maxSide: number;
}

export const IMAGE_LIMITS: ImageLimits = {
  maxImageBytes: 10 * 1024 * 1024,
  maxDocumentBytes: 60 * 1024 * 1024,
  maxImages: 400,
  minSide: 32,
  maxSide: 12_000,
};
