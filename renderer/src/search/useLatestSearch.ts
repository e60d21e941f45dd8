import { useEffect, useRef, useState } from 'react';
import type { SearchResult, SearchSort } from '../../../electron/shared/search-types';
import { api } from '../api/client';

export interface SearchScope {
  docId?: number;
  workId?: number;
  /** A heading's block id: that chapter only. */
  chapterId?: number;
}

export interface SearchOptions {
  sort?: SearchSort;
  perDoc?: number;
}

export interface SearchState {
  /** The latest answer; kept on screen while the next one is on its way. */
  result: SearchResult | null;
  /** The query `result` answers (it may lag behind what is typed). */
  answered: string;
  pending: boolean;
  error: string | null;
}

export const DEBOUNCE_MS = 120;

/**
 * Search as you type: waits for a short pause in typing, and only the answer to the latest
 * query is ever shown, however the requests race. Until it arrives the previous answer stays.
 */
export function useLatestSearch(query: string, scope: SearchScope, limit: number, options: SearchOptions = {}): SearchState {
  const [state, setState] = useState<SearchState>({ result: null, answered: '', pending: false, error: null });
  const latest = useRef(0);
  const { docId, workId, chapterId } = scope;
  const { sort, perDoc } = options;
  useEffect(() => {
    const id = ++latest.current;
    if (query.trim() === '') {
      setState({ result: null, answered: '', pending: false, error: null });
      return;
    }
    setState((s) => ({ ...s, pending: true }));
    const timer = setTimeout(() => {
      api.search({ query, docId, workId, chapterId, limit, sort, perDoc }).then(
        (result) => id === latest.current && setState({ result, answered: query, pending: false, error: null }),
        (err: Error) => id === latest.current && setState((s) => ({ ...s, answered: query, pending: false, error: err.message })),
      );
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query, docId, workId, chapterId, limit, sort, perDoc]);
  return state;
}
