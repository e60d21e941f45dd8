import { z } from 'zod';
import type { ExportFile } from '../annotation-types';
import { id, method } from '../method';
import type { QuickOpenEntries, SearchResult } from '../search-types';

const searchArgs = z
  .object({
    query: z.string().max(1000),
    docId: id.optional(),
    workId: id.optional(),
    chapterId: id.optional(),
    /** Facet filters: only documents of this issuing body, year (YYYY) or kind. */
    issuer: z.string().max(200).optional(),
    year: z.string().regex(/^\d{4}$/).optional(),
    kind: z.string().max(100).optional(),
    sort: z.enum(['relevance', 'document', 'date']).optional(),
    offset: z.number().int().min(0).max(10_000_000).optional(),
    limit: z.number().int().min(1).max(1000).optional(),
    /** At most this many hits per document on the page (the dropdown shows a few per document). */
    perDoc: z.number().int().min(1).max(1000).optional(),
    facets: z.boolean().optional(),
  })
  .strict();

export const searchMethods = {
  /**
   * Blocks containing every term (`交通 "绿色 出行" -高速`), exactly as a scan would find them,
   * optionally within one document, one version group (workId) or one chapter (a heading's block id);
   * ranked by relevance unless `sort` says otherwise, one page at a time.
   */
  search: method<SearchResult>()(searchArgs),
  /** The whole result list (document, chapter path, paragraph text) as a .docx or .csv file. */
  exportSearchResults: method<ExportFile>()(
    searchArgs.omit({ offset: true, limit: true, perDoc: true, facets: true }).extend({ format: z.enum(['docx', 'csv']) }).strict(),
  ),
  /** Documents and headings to jump to by typing part of their title (Ctrl+P). */
  quickOpenEntries: method<QuickOpenEntries>()(z.object({}).strict()),
};
