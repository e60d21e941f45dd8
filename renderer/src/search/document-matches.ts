import type { Block } from '../../../electron/shared/types';
import { findRangesInOriginal, normalizeForSearch, parseQuery } from '../../../electron/shared/search-query';

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
  const { include, exclude } = parseQuery(query);
  if (include.length === 0) return [];
  const matches: Match[] = [];
  for (const block of blocks) {
    const text = normalizeForSearch(block.text);
    if (!include.every((t) => text.includes(t)) || exclude.some((t) => text.includes(t))) continue;
    for (const [start, end] of findRangesInOriginal(block.text, include)) matches.push({ blockId: block.blockId, start, end });
  }
  return matches;
}
