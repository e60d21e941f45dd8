// A trainee's own highlights and notes, kept in their browser only (localStorage), per path.
import { useSyncExternalStore } from 'react';

export interface MyNote {
  id: string;
  /** The stop's 1-based position. */
  position: number;
  blockId: number;
  start: number;
  end: number;
  quote: string;
  note: string;
}

const listeners = new Set<() => void>();
const cache = new Map<string, MyNote[]>();
const keyOf = (pathUuid: string) => `policy-reader-my-notes-${pathUuid}`;

function read(pathUuid: string): MyNote[] {
  if (!cache.has(pathUuid)) {
    let notes: MyNote[] = [];
    try {
      const parsed: unknown = JSON.parse(localStorage.getItem(keyOf(pathUuid)) ?? '[]');
      if (Array.isArray(parsed)) notes = parsed as MyNote[];
    } catch {
      notes = [];
    }
    cache.set(pathUuid, notes);
  }
  return cache.get(pathUuid)!;
}

function write(pathUuid: string, notes: MyNote[]): void {
  cache.set(pathUuid, notes);
  localStorage.setItem(keyOf(pathUuid), JSON.stringify(notes));
  listeners.forEach((l) => l());
}

export const myNotes = {
  add(pathUuid: string, note: Omit<MyNote, 'id'>): void {
    write(pathUuid, [...read(pathUuid), { ...note, id: `${Date.now()}-${Math.random().toString(36).slice(2, 8)}` }]);
  },
  remove(pathUuid: string, id: string): void {
    write(pathUuid, read(pathUuid).filter((n) => n.id !== id));
  },
};

export function useMyNotes(pathUuid: string): MyNote[] {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => read(pathUuid),
  );
}
