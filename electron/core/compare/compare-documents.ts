import type { Comparison } from '../../shared/compare-types';
import type { CoreContext } from '../context';
import { getBlocks, requireDocument } from '../library/documents';
import { alignDocuments } from './align-documents';

export function compareDocuments(ctx: CoreContext, a: number, b: number): Comparison {
  const docA = requireDocument(ctx, a);
  const docB = requireDocument(ctx, b);
  const started = performance.now();
  const alignment = alignDocuments(getBlocks(ctx, a), getBlocks(ctx, b));
  return {
    a: { docId: a, title: docA.title },
    b: { docId: b, title: docB.title },
    summary: { ...alignment.summary, tookMs: Math.round(performance.now() - started) },
    pairs: alignment.pairs,
    differences: alignment.differences,
  };
}
