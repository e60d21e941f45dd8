// The stop the presenter's screen shows, kept in the library's settings: the writer thread records it,
// and any reader (the room server of `serve --lan`, through the core's change event) can ask for it.
import type { PresentedStop, RoomInfo } from '../../shared/training-types';
import type { CoreContext } from '../context';
import { getReadingPath } from './paths';

const KEY = 'training.presented';
const ROOM_KEY = 'training.room';

function putSetting(ctx: CoreContext, key: string, value: unknown): void {
  ctx.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(value));
}

function readSetting<T>(ctx: CoreContext, key: string): T | null {
  const row = ctx.db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  try {
    return row ? (JSON.parse(row.value) as T) : null;
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function setRoomInfo(ctx: CoreContext, room: RoomInfo | null): RoomInfo | null {
  if (room) putSetting(ctx, ROOM_KEY, room);
  else ctx.db.prepare('DELETE FROM settings WHERE key = ?').run(ROOM_KEY);
  return room;
}

/** The room door's address and join code while the process that opened it runs (a crash leaves a stale row behind). */
export function getRoomInfo(ctx: CoreContext): RoomInfo | null {
  const room = readSetting<RoomInfo>(ctx, ROOM_KEY);
  return room && Number.isInteger(room.pid) && alive(room.pid) ? room : null;
}

export function setPresentedStop(ctx: CoreContext, pathId: number, index: number): PresentedStop {
  const count = getReadingPath(ctx, pathId).stops.length; // throws not_found for a path that is not there
  const stop: PresentedStop = { pathId, index: Math.min(index, Math.max(0, count - 1)), at: new Date().toISOString() };
  putSetting(ctx, KEY, stop);
  return stop;
}

export function getPresentedStop(ctx: CoreContext): PresentedStop | null {
  const stop = readSetting<PresentedStop>(ctx, KEY);
  if (!stop || !Number.isInteger(stop.index)) return null;
  return ctx.db.prepare('SELECT 1 FROM reading_paths WHERE id = ?').get(stop.pathId) ? stop : null;
}
