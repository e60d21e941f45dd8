import { useEffect, useRef, useState } from 'react';
import type { SearchResult } from '../../../electron/shared/search-types';
import { api } from '../api/client';

export interface SearchScope {
  docId?: number;
  workId?: number;
}

export interface SearchState {
  result: SearchResult | null;
  /** The query `result` answers (it may lag behind what is typed). */
  answered: string;
  pending: boolean;
  error: string | null;
}

const DEBOUNCE_MS = 120;

/**
 * Search as you type: waits for a short pause in typing, and only the answer to the latest
 * query is ever shown, however the requests race.
 */
export function useLatestSearch(query: string, scope: SearchScope, limit: number): SearchState {
  const [state, setState] = useState<SearchState>({ result: null, answered: '', pending: false, error: null });
  const latest = useRef(0);
  const { docId, workId } = scope;
  useEffect(() => {
    const id = ++latest.current;
    if (query.trim() === '') {
      setState({ result: null, answered: '', pending: false, error: null });
      return;
    }
    setState((s) => ({ ...s, pending: true }));
    const timer = setTimeout(() => {
      api.search({ query, docId, workId, limit }).then(
        (result) => id === latest.current && setState({ result, answered: query, pending: false, error: null }),
        (err: Error) => id === latest.current && setState({ result: null, answered: query, pending: false, error: err.message }),
      );
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query, docId, workId, limit]);
  return state;
}
