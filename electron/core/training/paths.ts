// Reading paths: ordered stops a trainer walks a session through (migration 012).
import crypto from 'node:crypto';
import type { z } from 'zod';
import type { trainingMethods } from '../../shared/api/training';
import { MAX_STOPS } from '../../shared/api/training';
import { ReaderError } from '../../shared/errors';
import type { ReadingPath, ReadingPathSummary, ReadingStop, StopKind } from '../../shared/training-types';
import type { CoreContext } from '../context';
import { stopPlaces } from './stop-places';

const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

interface StopRow {
  id: number;
  path_id: number;
  position: number;
  kind: StopKind;
  doc_id: number | null;
  block_id: number | null;
  start_offset: number | null;
  end_offset: number | null;
  doc2_id: number | null;
  block2_id: number | null;
  title: string;
  note: string;
}

interface PathRow {
  id: number;
  uuid: string;
  title: string;
  pack_id: string | null;
}

export type StopInput = z.output<(typeof trainingMethods)['addReadingStop']['args']>;

function noPath(pathId: number): ReaderError {
  return new ReaderError('not_found', `No reading path ${pathId}`, `找不到阅读路线 ${pathId}`);
}

function noStop(stopId: number): ReaderError {
  return new ReaderError('not_found', `No stop ${stopId} in any reading path`, `找不到路线站点 ${stopId}`);
}

function requirePathRow(ctx: CoreContext, pathId: number): PathRow {
  const row = ctx.db.prepare('SELECT id, uuid, title, pack_id FROM reading_paths WHERE id = ?').get(pathId) as PathRow | undefined;
  if (!row) throw noPath(pathId);
  return row;
}

function requireStopRow(ctx: CoreContext, stopId: number): StopRow {
  const row = ctx.db.prepare('SELECT * FROM reading_stops WHERE id = ?').get(stopId) as StopRow | undefined;
  if (!row) throw noStop(stopId);
  return row;
}

export function createReadingPath(ctx: CoreContext, title: string, uuid: string = crypto.randomUUID(), packId: string | null = null): { id: number; uuid: string } {
  const info = ctx.db.prepare('INSERT INTO reading_paths (uuid, title, pack_id) VALUES (?, ?, ?)').run(uuid, title, packId);
  return { id: Number(info.lastInsertRowid), uuid };
}

export function renameReadingPath(ctx: CoreContext, pathId: number, title: string): ReadingPathSummary {
  requirePathRow(ctx, pathId);
  ctx.db.prepare(`UPDATE reading_paths SET title = ?, updated_at = ${NOW} WHERE id = ?`).run(title, pathId);
  return listReadingPaths(ctx).find((p) => p.id === pathId)!;
}

export function deleteReadingPath(ctx: CoreContext, pathId: number): { deleted: number } {
  requirePathRow(ctx, pathId);
  ctx.db.prepare('DELETE FROM reading_paths WHERE id = ?').run(pathId);
  return { deleted: pathId };
}

export function listReadingPaths(ctx: CoreContext): ReadingPathSummary[] {
  const rows = ctx.db
    .prepare(
      `SELECT p.id, p.uuid, p.title, p.pack_id, (SELECT count(*) FROM reading_stops s WHERE s.path_id = p.id) AS stops
       FROM reading_paths p ORDER BY p.id`,
    )
    .all() as (PathRow & { stops: number })[];
  return rows.map((r) => ({ id: r.id, uuid: r.uuid, title: r.title, stops: r.stops, packId: r.pack_id }));
}

function toStops(ctx: CoreContext, rows: StopRow[]): ReadingStop[] {
  const place = stopPlaces(ctx);
  return rows.map((r) => ({
    stopId: r.id,
    position: r.position,
    kind: r.kind,
    docId: r.doc_id,
    blockId: r.block_id,
    startOffset: r.start_offset,
    endOffset: r.end_offset,
    doc2Id: r.doc2_id,
    block2Id: r.block2_id,
    title: r.title,
    note: r.note,
    place: place(r.doc_id, r.block_id, r.start_offset, r.end_offset, r.kind === 'chapter'),
    place2: r.kind === 'comparison' ? place(r.doc2_id, r.block2_id) : null,
  }));
}

export function getReadingPath(ctx: CoreContext, pathId: number): ReadingPath {
  const p = requirePathRow(ctx, pathId);
  const rows = ctx.db.prepare('SELECT * FROM reading_stops WHERE path_id = ? ORDER BY position').all(pathId) as StopRow[];
  return { id: p.id, uuid: p.uuid, title: p.title, packId: p.pack_id, stops: toStops(ctx, rows) };
}

function blockOf(ctx: CoreContext, docId: number, blockId: number): { kind: string; text: string } {
  const row = ctx.db
    .prepare('SELECT b.kind, b.text FROM blocks b JOIN documents d ON d.id = b.doc_id WHERE b.id = ? AND b.doc_id = ? AND d.deleted_at IS NULL')
    .get(blockId, docId) as { kind: string; text: string } | undefined;
  if (!row) throw new ReaderError('not_found', `Block ${blockId} is not in document ${docId}`, `文档 ${docId} 中没有段落 ${blockId}`);
  return row;
}

/** Check a stop against the library: its blocks are in its documents, a chapter starts at a heading, a selection lies in its block. */
function checkStop(ctx: CoreContext, s: StopInput, kind: StopKind): void {
  const block = blockOf(ctx, s.docId, s.blockId);
  if (kind === 'chapter' && block.kind !== 'heading') {
    throw new ReaderError('bad_stop', `A chapter stop starts at a heading; block ${s.blockId} is a paragraph`, '章节站点必须从标题开始');
  }
  if ((s.startOffset === undefined) !== (s.endOffset === undefined)) {
    throw new ReaderError('bad_stop', 'A selection needs both a start and an end offset', '选区需要同时给出起点和终点');
  }
  if (s.startOffset !== undefined && (s.startOffset >= s.endOffset! || s.endOffset! > block.text.length)) {
    throw new ReaderError(
      'bad_stop',
      `The selection ${s.startOffset}–${s.endOffset} is not inside block ${s.blockId} (${block.text.length} characters)`,
      '选区不在该段落之内',
    );
  }
  if (kind === 'comparison') {
    if (s.doc2Id === undefined || s.block2Id === undefined) {
      throw new ReaderError('bad_stop', 'A comparison stop needs a second passage (doc2Id and block2Id)', '对照站点需要第二段文字');
    }
    blockOf(ctx, s.doc2Id, s.block2Id);
  } else if (s.doc2Id !== undefined || s.block2Id !== undefined) {
    throw new ReaderError('bad_stop', 'Only a comparison stop has a second passage', '只有对照站点才有第二段文字');
  }
}

/** Insert a stop at a 1-based position (the end when absent), shifting the ones after it. */
export function insertStop(ctx: CoreContext, s: StopInput): number {
  const kind = s.kind ?? 'passage';
  const count = (ctx.db.prepare('SELECT count(*) AS n FROM reading_stops WHERE path_id = ?').get(s.pathId) as { n: number }).n;
  if (count >= MAX_STOPS) throw new ReaderError('too_large', `A reading path holds at most ${MAX_STOPS} stops`, `一条阅读路线最多 ${MAX_STOPS} 个站点`);
  const position = Math.min(s.position ?? count + 1, count + 1);
  ctx.db.prepare('UPDATE reading_stops SET position = position + 1 WHERE path_id = ? AND position >= ?').run(s.pathId, position);
  const info = ctx.db
    .prepare(
      `INSERT INTO reading_stops (path_id, position, kind, doc_id, block_id, start_offset, end_offset, doc2_id, block2_id, title, note)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(s.pathId, position, kind, s.docId, s.blockId, s.startOffset ?? null, s.endOffset ?? null, s.doc2Id ?? null, s.block2Id ?? null, s.title ?? '', s.note ?? '');
  ctx.db.prepare(`UPDATE reading_paths SET updated_at = ${NOW} WHERE id = ?`).run(s.pathId);
  return Number(info.lastInsertRowid);
}

function stopById(ctx: CoreContext, stopId: number): ReadingStop {
  return toStops(ctx, [requireStopRow(ctx, stopId)])[0]!;
}

export function addReadingStop(ctx: CoreContext, s: StopInput): ReadingStop {
  requirePathRow(ctx, s.pathId);
  checkStop(ctx, s, s.kind ?? 'passage');
  return stopById(ctx, ctx.db.transaction(() => insertStop(ctx, s))());
}

export function updateReadingStop(ctx: CoreContext, stopId: number, changes: { title?: string; note?: string }): ReadingStop {
  const row = requireStopRow(ctx, stopId);
  ctx.db
    .prepare('UPDATE reading_stops SET title = ?, note = ? WHERE id = ?')
    .run(changes.title ?? row.title, changes.note ?? row.note, stopId);
  return stopById(ctx, stopId);
}

export function moveReadingStop(ctx: CoreContext, stopId: number, position: number): ReadingPath {
  const row = requireStopRow(ctx, stopId);
  ctx.db.transaction(() => {
    const ids = (ctx.db.prepare('SELECT id FROM reading_stops WHERE path_id = ? ORDER BY position').all(row.path_id) as { id: number }[])
      .map((r) => r.id)
      .filter((id) => id !== stopId);
    ids.splice(Math.min(position, ids.length + 1) - 1, 0, stopId);
    renumber(ctx, ids);
  })();
  return getReadingPath(ctx, row.path_id);
}

export function removeReadingStop(ctx: CoreContext, stopId: number): ReadingPath {
  const row = requireStopRow(ctx, stopId);
  ctx.db.transaction(() => {
    ctx.db.prepare('DELETE FROM reading_stops WHERE id = ?').run(stopId);
    const ids = ctx.db.prepare('SELECT id FROM reading_stops WHERE path_id = ? ORDER BY position').all(row.path_id) as { id: number }[];
    renumber(ctx, ids.map((r) => r.id));
  })();
  return getReadingPath(ctx, row.path_id);
}

function renumber(ctx: CoreContext, ids: number[]): void {
  const set = ctx.db.prepare('UPDATE reading_stops SET position = ? WHERE id = ?');
  ids.forEach((id, i) => set.run(i + 1, id));
}
