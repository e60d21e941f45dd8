import type { Db } from '../db/open-database';
import { statement } from '../db/statements';
import { blocksInOrder } from './blocks';
import { packOriginal, unpackOriginal } from './original-delta';

/** The reading text an original is stored against: the document's blocks joined by '\n'. */
export const readingText = (texts: readonly string[]): string => texts.join('\n');

/**
 * Store a document's original text, packed against its reading text (packOriginal), and for Word and PDF
 * the bytes it was extracted from.
 */
export function storeOriginal(db: Db, docId: number, packed: Buffer, bytes: Buffer | null): void {
  statement(db, "INSERT INTO originals (doc_id, text, bytes, packed) VALUES (?, '', ?, ?)").run(docId, bytes, packed);
}

/** A document's original text, whichever way it was stored. */
export function readOriginal(db: Db, docId: number): string {
  const row = statement(db, 'SELECT text, packed FROM originals WHERE doc_id = ?').get(docId) as { text: string; packed: Buffer | null } | undefined;
  if (!row) return '';
  if (!row.packed) return row.text;
  return unpackOriginal(row.packed, () => readingText(blocksInOrder(db, docId).map((b) => b.text)));
}

/**
 * Originals stored whole before migration 009 are packed while the process is idle, a few at a time,
 * so an upgraded library's backups (VACUUM INTO) shrink too and its free pages are reused by imports.
 * The timer never keeps a process alive and stops with the database.
 */
export function packOldOriginalsInBackground(db: Db, idleMs = 2000, perTick = 16): void {
  const tick = () => {
    if (!db.open) return;
    let more = false;
    try {
      if (!db.inTransaction) more = packOldOriginals(db, perTick) === perTick;
    } catch {
      return; // read-only or busy: left for another time
    }
    setTimeout(tick, more ? 20 : idleMs).unref();
  };
  setTimeout(tick, idleMs).unref();
}

/** Pack up to `limit` originals stored whole; returns how many. */
export function packOldOriginals(db: Db, limit: number): number {
  const rows = statement(db, "SELECT doc_id, text FROM originals WHERE packed IS NULL AND text != '' LIMIT ?").all(limit) as { doc_id: number; text: string }[];
  db.transaction(() => {
    const update = statement(db, "UPDATE originals SET packed = ?, text = '' WHERE doc_id = ?");
    for (const { doc_id, text } of rows) update.run(packOriginal(text, readingText(blocksInOrder(db, doc_id).map((b) => b.text))), doc_id);
  }).immediate();
  return rows.length;
}
