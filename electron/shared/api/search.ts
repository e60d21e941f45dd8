import { z } from 'zod';
import { id, method } from '../method';
import type { QuickOpenEntries, SearchResult } from '../search-types';

export const searchMethods = {
  /**
   * Blocks containing every term (`交通 "绿色 出行" -高速`), exactly as a scan would find them,
   * optionally within one document, one version group (workId) or one chapter (a heading's block id).
   */
  search: method<SearchResult>()(
    z
      .object({
        query: z.string().max(1000),
        docId: id.optional(),
        workId: id.optional(),
        chapterId: id.optional(),
        limit: z.number().int().min(1).max(1000).optional(),
      })
      .strict(),
  ),
  /** Documents and headings to jump to by typing part of their title (Ctrl+P). */
  quickOpenEntries: method<QuickOpenEntries>()(z.object({}).strict()),
};
