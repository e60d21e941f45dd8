import type { compareMethods } from '../../shared/api/compare';
import type { ReaderHandlers } from '../../shared/contract';
import type { CoreContext } from '../context';

export function compareHandlers(_ctx: CoreContext): Pick<ReaderHandlers, keyof typeof compareMethods> {
  return {};
}
