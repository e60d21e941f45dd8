import type { Block } from '../../../electron/shared/types';
import { findRangesInOriginal, matchesQuery, normalizeForSearch, parseQuery } from '../../../electron/shared/search-query';

export interface Match {
  blockId: number;
  /** Offsets in the block's original text. */
  start: number;
  end: number;
}

/**
 * Every occurrence of the query's terms in the blocks that match the whole query (all terms, no
 * excluded one), in reading order — the same rule the library search uses.
 */
export function documentMatches(blocks: readonly Block[], query: string): Match[] {
  const parsed = parseQuery(query);
  const { include } = parsed;
  if (include.length === 0) return [];
  const matches: Match[] = [];
  for (const block of blocks) {
    if (!matchesQuery(normalizeForSearch(block.text), parsed)) continue;
    for (const [start, end] of findRangesInOriginal(block.text, include)) matches.push({ blockId: block.blockId, start, end });
  }
  return matches;
}
