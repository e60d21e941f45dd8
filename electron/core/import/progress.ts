import type { ImportProgress } from '../../shared/import-types';
import type { CoreContext } from '../context';
import { stateOf } from '../library-state';

const SLOT = 'import-progress';
const IDLE: ImportProgress = { running: false, done: 0, total: 0, file: null, failed: 0 };

/** Where the import running on this library is, for a progress bar that polls it. */
export function importProgress(ctx: CoreContext): ImportProgress {
  return stateOf(ctx).get<ImportProgress>(SLOT) ?? IDLE;
}

export function reportProgress(ctx: CoreContext, progress: ImportProgress): void {
  stateOf(ctx).set(SLOT, progress);
  ctx.events?.emit({ type: 'progress', progress });
}

/** Let other requests (a progress poll) in between batches; no transaction is open at this point. */
export function yieldToOthers(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
