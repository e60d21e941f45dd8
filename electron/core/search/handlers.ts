import type { searchMethods } from '../../shared/api/search';
import type { ReaderHandlers } from '../../shared/contract';
import type { CoreContext } from '../context';
import type { Db } from '../db/open-database';
import { migrations } from '../db/migrations';
import { checkSearchIndex, hasDirtyDocuments, indexDirtyDocuments } from './index-store';
import { quickOpenEntries } from './quick-open';
import { searchBlocks } from './search-blocks';

const SEARCH_SCHEMA = [8, 15, 16];
const schemaSql = () => migrations.filter((m) => SEARCH_SCHEMA.includes(m.version)).map((m) => m.sql).join('\n');

/**
 * While the process is idle, index what the triggers queued (a library upgraded from an older version
 * queues every document), a slice at a time. The timer never keeps a process alive and stops with the
 * database; a search that comes first catches up by itself.
 */
function indexInBackground(db: Db, idleMs = 1000, sliceMs = 30): void {
  const tick = () => {
    if (!db.open) return;
    let more = false;
    try {
      if (!db.inTransaction && hasDirtyDocuments(db)) {
        indexDirtyDocuments(db, sliceMs);
        more = true;
      }
    } catch {
      // Busy or read-only: the next search catches up (and reports a real problem).
    }
    setTimeout(tick, more ? 10 : idleMs).unref();
  };
  setTimeout(tick, idleMs).unref();
}

/**
 * The reader thread answers the window's searches. Its first search would otherwise pay for compiling
 * the search code, preparing its statements, reading the list of documents and the index's first pages:
 * a 20–150 ms wait on the first keystroke. 的, the most frequent character of Chinese text, runs
 * through the whole index.
 */
function warmUp(db: Db): void {
  setTimeout(() => {
    try {
      if (db.open) searchBlocks(db, { query: '的', limit: 20 });
    } catch {
      // An index still being built or a busy library: the first real search says so.
    }
  }, 100).unref();
}

export function searchHandlers(ctx: CoreContext): Pick<ReaderHandlers, keyof typeof searchMethods> {
  try {
    checkSearchIndex(ctx.db, schemaSql);
  } catch {
    // A read-only library: searches still answer from what is indexed, or say why they cannot.
  }
  if (ctx.thread !== 'reader') indexInBackground(ctx.db); // the writer thread indexes; the reader only reads
  if (ctx.thread === 'reader') warmUp(ctx.db);
  return {
    search: (args) => searchBlocks(ctx.db, args),
    // Loaded on first use: the Word writer would otherwise weigh on every process that only searches.
    exportSearchResults: async (args) => (await import('./export-results')).exportSearchResults(ctx, args),
    quickOpenEntries: () => quickOpenEntries(ctx.db),
  };
}
