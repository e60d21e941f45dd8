import { useMemo } from 'react';
import type { BlockDecorations, Decoration, DecorationSource } from '../extensions';
import { documentMatches } from './document-matches';
import { useFindState } from './find-store';

/** Marks every match of the find bar's query in the open document, the current one distinctly. */
export function useSearchDecorations(source: DecorationSource): BlockDecorations | undefined {
  const find = useFindState();
  const query = find.open && find.docId === source.docId ? find.query : '';
  const matches = useMemo(() => (query ? documentMatches(source.blocks, query) : []), [source.blocks, query]);
  return useMemo(() => {
    if (matches.length === 0) return undefined;
    const map = new Map<number, Decoration[]>();
    matches.forEach((m, i) => {
      const current = i === find.current;
      const list = map.get(m.blockId) ?? [];
      list.push({ start: m.start, end: m.end, className: current ? 'search-match search-current' : 'search-match', attrs: current ? { 'data-search-current': '' } : undefined });
      map.set(m.blockId, list);
    });
    return map;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- find is a store snapshot, not a ref: find.current is the current match's index
  }, [matches, find.current]);
}
