import type { searchMethods } from '../../shared/api/search';
import type { ReaderHandlers } from '../../shared/contract';
import type { CoreContext } from '../context';
import { MemoryIndex } from './memory-index';
import { quickOpenEntries } from './quick-open';
import { searchBlocks } from './search-blocks';

const indexes = new WeakMap<CoreContext['db'], MemoryIndex>();

/** The search index of an open library (checked, and queued for repair if needed, when first asked for). */
export function searchIndexOf(db: CoreContext['db']): MemoryIndex {
  let index = indexes.get(db);
  if (!index) {
    index = new MemoryIndex(db);
    indexes.set(db, index);
  }
  return index;
}

export function searchHandlers(ctx: CoreContext): Pick<ReaderHandlers, keyof typeof searchMethods> {
  const index = searchIndexOf(ctx.db);
  if (ctx.role !== 'writer') index.indexInBackground(); // the reader thread answers searches: only it loads postings
  return {
    search: (args) => searchBlocks(ctx.db, index, args),
    quickOpenEntries: () => quickOpenEntries(ctx.db),
  };
}
