import type { AnchorStatus, AnnotationColor, AnnotationStyle } from '../../shared/annotation-types';
import { ReaderError } from '../../shared/errors';
import type { Db } from '../db/open-database';

// The annotations table's reads and its one "must exist" check (writes stay with what they mean:
// annotations/store.ts, place-annotations.ts, annotation-pack.ts).

export interface AnnotationRow {
  id: number;
  uuid: string;
  doc_id: number | null;
  doc_title: string;
  doc_hash: string;
  start_block_id: number | null;
  start_offset: number;
  end_block_id: number | null;
  end_offset: number;
  quote: string;
  prefix: string;
  suffix: string;
  color: AnnotationColor;
  style: AnnotationStyle;
  note: string;
  anchor_status: AnchorStatus;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  /** From the join with the start block; null while detached. */
  start_seq: number | null;
}

export const SELECT_ROWS = `
  SELECT a.*, sb.seq AS start_seq FROM annotations a
  LEFT JOIN blocks sb ON sb.id = a.start_block_id
  LEFT JOIN documents d ON d.id = a.doc_id`;

export const READING_ORDER = 'ORDER BY a.doc_id IS NULL, a.doc_id, sb.seq IS NULL, sb.seq, a.start_offset, a.id';

/** An annotation by its uuid, or the not_found error. */
export function annotationRowByUuid(db: Db, uuid: string): AnnotationRow {
  const row = db.prepare(`${SELECT_ROWS} WHERE a.uuid = ?`).get(uuid) as AnnotationRow | undefined;
  if (!row) throw new ReaderError('not_found', `No annotation ${uuid}`, `找不到该批注（${uuid}）`);
  return row;
}

/** Every annotation of a document (deleted ones too: they move with it), without block order. */
export function annotationRowsOfDocument(db: Db, docId: number): AnnotationRow[] {
  return db.prepare('SELECT a.*, NULL AS start_seq FROM annotations a WHERE a.doc_id = ?').all(docId) as AnnotationRow[];
}
