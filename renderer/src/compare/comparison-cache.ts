import type { Comparison } from '../../../electron/shared/compare-types';
import type { Block } from '../../../electron/shared/types';
import { api } from '../api/client';

// Comparisons and block lists are asked for again and again while panes scroll and switch;
// keep the latest few per session. The library version key drops them after an import or edit.
const comparisons = new Map<string, Promise<Comparison>>();
const blocks = new Map<string, Promise<Block[]>>();
const MAX_ENTRIES = 12;

function remember<T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  let hit = cache.get(key);
  if (!hit) {
    hit = load();
    hit.catch(() => cache.delete(key));
    cache.set(key, hit);
    if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  }
  return hit;
}

export function loadComparison(a: number, b: number, libraryVersion: number): Promise<Comparison> {
  return remember(comparisons, `${libraryVersion}:${a}:${b}`, () => api.compareDocuments({ a, b }));
}

export function loadBlocks(docId: number, libraryVersion: number): Promise<Block[]> {
  return remember(blocks, `${libraryVersion}:${docId}`, () => api.getBlocks({ docId }));
}
