/** A picture a document's source carried (issue 14), shown at its block. */
export interface DocumentImage {
  docId: number;
  /** Its place among the document's pictures, from 1, in source order. */
  seq: number;
  /** The block it is shown at, and on which side. */
  blockId: number;
  placement: 'before' | 'after';
  mime: string;
  /** Its size in pixels, as the file says. */
  width: number | null;
  height: number | null;
  bytes: number;
  /** The caption (图1 …, 表2 … for a table printed as a picture) it is shown at, else ''. */
  caption: string;
  /** The source's own description of the picture, or ''. */
  alt: string;
}

/** One picture's bytes, as they were in the source. */
export interface ImageData {
  mime: string;
  dataBase64: string;
}
