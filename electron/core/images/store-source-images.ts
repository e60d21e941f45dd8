import type { Db } from '../db/open-database';
import type { SourceText } from '../import/source-file';
import { anchorImages } from './anchor-images';
import { storeImages } from './image-store';
import { keepImages } from './source-images';

/** Keep the pictures a source carried, each at the block it belongs to (inside the import's transaction). */
export function storeSourceImages(db: Db, docId: number, source: SourceText, blocks: readonly { text: string }[]): void {
  if (!source.images?.length) return;
  const kept = keepImages(source.images);
  if (kept.length === 0) return;
  storeImages(db, docId, kept, anchorImages(source.text, kept, blocks));
}
