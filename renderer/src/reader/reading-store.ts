// The block at the top of the active reader, readable without re-rendering the app on every scroll
// (presentation mode starts here; other features may read it too).
export interface CurrentPosition {
  docId: number;
  blockId: number | null;
}

let current: CurrentPosition | null = null;
const listeners = new Set<() => void>();

export const readingStore = {
  get: (): CurrentPosition | null => current,
  set(position: CurrentPosition | null): void {
    current = position;
    listeners.forEach((l) => l());
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
