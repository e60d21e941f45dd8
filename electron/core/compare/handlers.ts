import type { compareMethods } from '../../shared/api/compare';
import type { ReaderHandlers } from '../../shared/contract';
import type { CoreContext } from '../context';
import { compareDocuments } from './compare-documents';
import { relatedPassages } from './related-passages';

export function compareHandlers(ctx: CoreContext): Pick<ReaderHandlers, keyof typeof compareMethods> {
  return {
    compareDocuments: ({ a, b }) => compareDocuments(ctx, a, b),
    relatedPassages: (args) => relatedPassages(ctx, args),
  };
}
