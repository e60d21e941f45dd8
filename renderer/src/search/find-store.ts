import { useSyncExternalStore } from 'react';

/** The find bar of the open document: what it looks for and which match is current. */
export interface FindState {
  open: boolean;
  docId: number | null;
  query: string;
  /** Index into the document's matches, in reading order. */
  current: number;
  /** Bumped when the current match should be scrolled into view. */
  reveal: number;
}

let state: FindState = { open: false, docId: null, query: '', current: 0, reveal: 0 };
const listeners = new Set<() => void>();

export const findStore = {
  get: (): FindState => state,
  set(patch: Partial<FindState>): void {
    state = { ...state, ...patch };
    for (const l of listeners) l();
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function useFindState(): FindState {
  return useSyncExternalStore(findStore.subscribe, findStore.get);
}
