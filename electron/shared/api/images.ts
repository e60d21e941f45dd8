// The pictures a document's source carried (issue 14: figures at their captions).
import { z } from 'zod';
import type { DocumentImage, ImageData } from '../image-types';
import { id, method } from '../method';

export const imageMethods = {
  /** A document's pictures in source order, each with the block it is shown at. */
  documentImages: method<DocumentImage[]>()(z.object({ docId: id }).strict()),
  /** One picture's bytes (base64), as the source had them. */
  documentImage: method<ImageData>()(z.object({ docId: id, seq: id }).strict()),
};
