import type { Db } from '../db/open-database';
import { statement } from '../db/statements';
import { blocksInOrder } from './blocks';
import { packOriginal, unpackOriginal } from './original-delta';

/** The reading text an original is stored against: the document's blocks joined by '\n'. */
export const readingText = (texts: readonly string[]): string => texts.join('\n');

/** Store a document's original text (and, for Word and PDF, the bytes it was extracted from). */
export function storeOriginal(db: Db, docId: number, original: string, reading: string, bytes: Buffer | null): void {
  statement(db, "INSERT INTO originals (doc_id, text, bytes, packed) VALUES (?, '', ?, ?)").run(docId, bytes, packOriginal(original, reading));
}

/** A document's original text, whichever way it was stored. */
export function readOriginal(db: Db, docId: number): string {
  const row = statement(db, 'SELECT text, packed FROM originals WHERE doc_id = ?').get(docId) as { text: string; packed: Buffer | null } | undefined;
  if (!row) return '';
  if (!row.packed) return row.text;
  return unpackOriginal(row.packed, () => readingText(blocksInOrder(db, docId).map((b) => b.text)));
}
