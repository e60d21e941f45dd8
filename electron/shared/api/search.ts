import { z } from 'zod';
import { id, method } from '../method';
import type { SearchResult } from '../types';

export const searchMethods = {
  search: method<SearchResult>()(
    z
      .object({
        query: z.string().max(1000),
        docId: id.optional(),
        limit: z.number().int().min(1).max(1000).optional(),
      })
      .strict(),
  ),
};
