import type { imageMethods } from '../../shared/api/images';
import type { ReaderHandlers } from '../../shared/contract';
import type { CoreContext } from '../context';
import { requireDocument } from '../library/documents';
import { listImages, readImage } from './image-store';

export function imageHandlers(ctx: CoreContext): Pick<ReaderHandlers, keyof typeof imageMethods> {
  return {
    documentImages: ({ docId }) => {
      requireDocument(ctx, docId);
      return listImages(ctx.db, docId);
    },
    documentImage: ({ docId, seq }) => {
      requireDocument(ctx, docId);
      const { mime, bytes } = readImage(ctx.db, docId, seq);
      return { mime, dataBase64: bytes.toString('base64') };
    },
  };
}
