import type { Db } from './open-database';
import { statement } from './statements';

/** What a change-log row says changed (see migration 007). */
export type LoggedChange = 'document' | 'blocks' | 'annotation' | 'metadata';

export interface ChangeRow {
  seq: number;
  what: LoggedChange;
  doc_id: number | null;
  item_id: number | null;
}

/** The log's position: the seq of its last row (0 when nothing was logged yet). */
export function changePosition(db: Db): number {
  return (statement(db, 'SELECT ifnull(max(seq), 0) AS seq FROM changes').get() as { seq: number }).seq;
}

/**
 * Log a change no trigger sees (work done in the background, such as pictures read from a stored
 * original), so the doors hear of it like any other.
 */
export function logChange(db: Db, what: LoggedChange, docId: number): void {
  statement(db, 'INSERT INTO changes (what, doc_id) VALUES (?, ?)').run(what, docId);
}

/** Where a derived thing (a consumer) has caught up to; a new consumer starts at `initial`. */
export function consumerPosition(db: Db, consumer: string, initial = 0): number {
  const row = statement(db, 'SELECT seq FROM change_positions WHERE consumer = ?').get(consumer) as { seq: number } | undefined;
  return row?.seq ?? initial;
}

export function setConsumerPosition(db: Db, consumer: string, seq: number): void {
  statement(db, 'INSERT INTO change_positions (consumer, seq) VALUES (?, ?) ON CONFLICT (consumer) DO UPDATE SET seq = excluded.seq').run(
    consumer,
    seq,
  );
}

/** Changes after `seq`, of the given kinds, in order. */
export function changesSince(db: Db, seq: number, kinds: readonly LoggedChange[]): ChangeRow[] {
  const rows = statement(db, 'SELECT seq, what, doc_id, item_id FROM changes WHERE seq > ? ORDER BY seq').all(seq) as ChangeRow[];
  return rows.filter((r) => kinds.includes(r.what));
}

/** The last seq of a change of these kinds (0 if none): a cheap "did anything I depend on change?". */
export function lastChangeOf(db: Db, kinds: readonly LoggedChange[]): number {
  const last = statement(db, 'SELECT ifnull(max(seq), 0) AS seq FROM changes WHERE what = ?');
  return Math.max(0, ...kinds.map((k) => (last.get(k) as { seq: number }).seq));
}

/** The documents named by changes after `seq` (any kind), for doors that refresh what shows them. */
export function documentsChangedSince(db: Db, seq: number): number[] {
  return (statement(db, 'SELECT DISTINCT doc_id FROM changes WHERE seq > ? AND doc_id IS NOT NULL ORDER BY doc_id').all(seq) as { doc_id: number }[]).map(
    (r) => r.doc_id,
  );
}
