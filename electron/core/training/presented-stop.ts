// The stop the presenter's screen shows, kept in the library's settings: the writer thread records it,
// and any reader (the room server of `serve --lan`, through the core's change event) can ask for it.
import type { PresentedStop } from '../../shared/training-types';
import type { CoreContext } from '../context';
import { getReadingPath } from './paths';

const KEY = 'training.presented';

export function setPresentedStop(ctx: CoreContext, pathId: number, index: number): PresentedStop {
  const count = getReadingPath(ctx, pathId).stops.length; // throws not_found for a path that is not there
  const stop: PresentedStop = { pathId, index: Math.min(index, Math.max(0, count - 1)), at: new Date().toISOString() };
  ctx.db
    .prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
    .run(KEY, JSON.stringify(stop));
  return stop;
}

export function getPresentedStop(ctx: CoreContext): PresentedStop | null {
  const row = ctx.db.prepare('SELECT value FROM settings WHERE key = ?').get(KEY) as { value: string } | undefined;
  if (!row) return null;
  try {
    const stop = JSON.parse(row.value) as PresentedStop;
    const exists = ctx.db.prepare('SELECT 1 FROM reading_paths WHERE id = ?').get(stop.pathId);
    return exists && Number.isInteger(stop.index) ? stop : null;
  } catch {
    return null;
  }
}
