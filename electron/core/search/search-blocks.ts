import type { SearchResult } from '../../shared/types';
import type { CoreContext } from '../context';
import { normalizeForSearch } from './normalize';

export interface SearchArgs {
  query: string;
  docId?: number;
  limit?: number;
}

const SNIPPET_RADIUS = 30;

/** A first, exact search: every block whose text contains every term. */
export function searchBlocks({ db }: CoreContext, { query, docId, limit = 50 }: SearchArgs): SearchResult {
  const started = performance.now();
  const terms = normalizeForSearch(query).split(/\s+/).filter(Boolean);
  if (terms.length === 0) return { total: 0, tookMs: 0, hits: [] };
  const rows = db
    .prepare(
      `SELECT b.id, b.doc_id, b.text FROM blocks b JOIN documents d ON d.id = b.doc_id
       WHERE d.deleted_at IS NULL AND (@docId IS NULL OR b.doc_id = @docId) ORDER BY b.doc_id, b.seq`,
    )
    .all({ docId: docId ?? null }) as { id: number; doc_id: number; text: string }[];
  const hits: SearchResult['hits'] = [];
  let total = 0;
  for (const row of rows) {
    const text = normalizeForSearch(row.text);
    if (!terms.every((t) => text.includes(t))) continue;
    total++;
    if (hits.length < limit) {
      const at = text.indexOf(terms[0]!);
      const from = Math.max(0, at - SNIPPET_RADIUS);
      hits.push({ docId: row.doc_id, blockId: row.id, snippet: text.slice(from, at + terms[0]!.length + SNIPPET_RADIUS) });
    }
  }
  return { total, tookMs: Math.round((performance.now() - started) * 100) / 100, hits };
}
