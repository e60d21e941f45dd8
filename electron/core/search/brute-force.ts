import { matchesQuery, normalizeForSearch, parseQuery } from '../../shared/search-query';
import type { Db } from '../db/open-database';

/**
 * The definition of a match, by scanning every live block: what the index must always agree with.
 * Used by the tests and the benchmark, never by the app.
 */
export function bruteForceSearch(
  db: Db,
  query: string,
  scope: { docId?: number; workId?: number } = {},
): { total: number; blockIds: number[] } {
  const parsed = parseQuery(query);
  if (parsed.include.length === 0) return { total: 0, blockIds: [] };
  const rows = db
    .prepare(
      `SELECT b.id, b.text FROM blocks b JOIN documents d ON d.id = b.doc_id
       WHERE d.deleted_at IS NULL AND (@docId IS NULL OR b.doc_id = @docId) AND (@workId IS NULL OR d.work_id = @workId)
       ORDER BY b.id`,
    )
    .raw()
    .all({ docId: scope.docId ?? null, workId: scope.workId ?? null }) as [number, string][];
  const blockIds: number[] = [];
  for (const [id, raw] of rows) {
    if (matchesQuery(normalizeForSearch(raw), parsed)) blockIds.push(id);
  }
  return { total: blockIds.length, blockIds };
}
