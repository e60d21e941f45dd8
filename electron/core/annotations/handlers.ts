import type { annotationMethods } from '../../shared/api/annotations';
import type { ReaderHandlers } from '../../shared/contract';
import type { CoreContext } from '../context';

export function annotationHandlers(_ctx: CoreContext): Pick<ReaderHandlers, keyof typeof annotationMethods> {
  return {};
}
