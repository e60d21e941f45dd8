import type { searchMethods } from '../../shared/api/search';
import type { ReaderHandlers } from '../../shared/contract';
import type { CoreContext } from '../context';
import { searchBlocks } from './search-blocks';

export function searchHandlers(ctx: CoreContext): Pick<ReaderHandlers, keyof typeof searchMethods> {
  return {
    search: (args) => searchBlocks(ctx, args),
  };
}
