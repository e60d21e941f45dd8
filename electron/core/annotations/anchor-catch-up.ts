import type { CoreContext } from '../context';
import { changePosition, changesSince, consumerPosition, setConsumerPosition } from '../db/change-log';
import { adoptOrphans, documentsWithAnnotations, refreshDocument } from './place-annotations';

const CONSUMER = 'annotation-anchors';

/**
 * Annotation anchors follow the change log: when a document was added, deleted, restored or its blocks
 * replaced since this consumer's position, orphans look for their document again and the annotations
 * of each changed document are placed where their quotes now are. Listing and exporting only read.
 * A library upgraded to the log starts at its end: its anchors were kept current on every read until then.
 */
export function catchUpAnchors(ctx: CoreContext): void {
  const { db } = ctx;
  const end = changePosition(db);
  const from = consumerPosition(db, CONSUMER, -1);
  if (from === end) return;
  if (from >= 0) {
    const changed = changesSince(db, from, ['document', 'blocks']);
    if (changed.length > 0) {
      adoptOrphans(ctx);
      const docs = new Set(changed.map((c) => c.doc_id));
      for (const docId of documentsWithAnnotations(ctx)) if (docs.has(docId)) refreshDocument(ctx, docId);
    }
  }
  // Our own writes (annotation rows) are in the log too; nothing of ours depends on them.
  setConsumerPosition(db, CONSUMER, changePosition(db));
}
