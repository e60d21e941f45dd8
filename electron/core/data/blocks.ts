import type { Db } from '../db/open-database';
import { statement } from '../db/statements';

/** One row of the blocks table: a document's heading or paragraph, `seq` its place in reading order. */
export interface BlockRow {
  id: number;
  seq: number;
  kind: 'heading' | 'paragraph';
  level: number;
  text: string;
}

// The blocks table's reads: "a document's blocks in reading order" is asked for here, and only here.

export function blocksInOrder(db: Db, docId: number): BlockRow[] {
  return statement(db, 'SELECT id, seq, kind, level, text FROM blocks WHERE doc_id = ? ORDER BY seq').all(docId) as BlockRow[];
}

export function headingsInOrder(db: Db, docId: number): BlockRow[] {
  return statement(db, "SELECT id, seq, kind, level, text FROM blocks WHERE doc_id = ? AND kind = 'heading' ORDER BY seq").all(docId) as BlockRow[];
}
