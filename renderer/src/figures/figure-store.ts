// A document's pictures (issue 14), fetched once per document; their bytes fetched when a figure is shown.
import type { DocumentImage } from '../../../electron/shared/image-types';
import { api } from '../api/client';

type ByBlock = ReadonlyMap<number, readonly DocumentImage[]>;
const NONE: readonly DocumentImage[] = [];

// Kept until the document is said to have changed (forgetFigures): pictures read later from its kept
// original (scan-originals.ts) arrive that way.
const loaded = new Map<number, ByBlock>();
const loading = new Map<number, Promise<ByBlock>>();

/** Fetch a document's list of pictures (once); the reader asks for it with the text, so figures paint with their blocks. */
export function loadFigures(docId: number): Promise<ByBlock> {
  const done = loaded.get(docId);
  if (done) return Promise.resolve(done);
  let pending = loading.get(docId);
  if (!pending) {
    pending = api.documentImages({ docId }).then((list) => {
      const byBlock = new Map<number, DocumentImage[]>();
      for (const image of list) byBlock.set(image.blockId, [...(byBlock.get(image.blockId) ?? []), image]);
      loaded.set(docId, byBlock);
      loading.delete(docId);
      return byBlock;
    });
    pending.catch(() => loading.delete(docId));
    loading.set(docId, pending);
  }
  return pending;
}

/** Drop a document's list of pictures after it changed; the next load asks again. */
export function forgetFigures(docId: number): void {
  loaded.delete(docId);
  loading.delete(docId);
}

/** The pictures shown at a block, if the document's list is loaded (undefined: not yet). */
export function figuresAt(docId: number, blockId: number): readonly DocumentImage[] | undefined {
  return loaded.get(docId)?.get(blockId) ?? (loaded.has(docId) ? NONE : undefined);
}

// Object URLs of the pictures fetched, newest last; the oldest are let go beyond this many.
const MAX_URLS = 48;
const urls = new Map<string, Promise<string>>();

/** An object URL for one picture's bytes (the page's CSP allows blob: images). */
export function figureUrl(image: DocumentImage): Promise<string> {
  const key = `${image.docId}:${image.seq}`;
  const hit = urls.get(key);
  if (hit) {
    urls.delete(key);
    urls.set(key, hit);
    return hit;
  }
  const url = api.documentImage({ docId: image.docId, seq: image.seq }).then(({ mime, dataBase64 }) => {
    const bytes = Uint8Array.from(atob(dataBase64), (c) => c.charCodeAt(0));
    return URL.createObjectURL(new Blob([bytes], { type: mime }));
  });
  url.catch(() => urls.delete(key));
  urls.set(key, url);
  while (urls.size > MAX_URLS) {
    const [oldest, old] = urls.entries().next().value!;
    urls.delete(oldest);
    // An <img> already showing it keeps its decoded picture.
    void old.then((u) => URL.revokeObjectURL(u), () => undefined);
  }
  return url;
}
