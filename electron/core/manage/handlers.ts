import type { manageMethods } from '../../shared/api/manage';
import type { ReaderHandlers } from '../../shared/contract';
import type { CoreContext } from '../context';

export function manageHandlers(_ctx: CoreContext): Pick<ReaderHandlers, keyof typeof manageMethods> {
  return {};
}
