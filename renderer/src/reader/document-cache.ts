import type { Block, DocumentDetail } from '../../../electron/shared/types';
import { api } from '../api/client';
import { forgetFigures, loadFigures } from '../figures/figure-store';
import { buildModel, type DocumentModel } from './document-model';

export interface LoadedDocument {
  detail: DocumentDetail;
  blocks: Block[];
  model: DocumentModel;
}

// Switching tabs should not refetch a 300,000-character text; keep the last few documents.
const MAX_CACHED = 6;
const cache = new Map<number, Promise<LoadedDocument>>();

export function loadDocument(docId: number): Promise<LoadedDocument> {
  const hit = cache.get(docId);
  if (hit) {
    cache.delete(docId);
    cache.set(docId, hit);
    return hit;
  }
  // The list of pictures comes with the text (their bytes only when shown), so figures paint with their blocks.
  const loading = Promise.all([api.getDocument({ docId }), api.getBlocks({ docId }), loadFigures(docId)]).then(([detail, blocks]) => ({
    detail,
    blocks,
    model: buildModel(blocks),
  }));
  loading.catch(() => cache.delete(docId));
  cache.set(docId, loading);
  while (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value!);
  return loading;
}

/** Drop a document after it changed (renamed, metadata edited, deleted, pictures read from its original). */
export function forgetDocument(docId: number): void {
  cache.delete(docId);
  forgetFigures(docId);
}
