import { z } from 'zod';
import type { Comparison, RelatedResult } from '../compare-types';
import { id, method } from '../method';

// Compare and version-alignment methods (issue 6).
export const compareMethods = {
  /** Align two documents' blocks and list their differences. */
  compareDocuments: method<Comparison>()(z.object({ a: id, b: id }).strict()),
  /** The passages of other documents most similar to a paragraph (or to a heading's section). */
  relatedPassages: method<RelatedResult>()(
    z
      .object({
        docId: id,
        blockId: id,
        limit: z.number().int().min(1).max(100).optional(),
        /** Also search other publications of the same work (same workId); off by default. */
        includeSameWork: z.boolean().optional(),
      })
      .strict(),
  ),
};
