import type { Statement } from 'better-sqlite3';
import type { BlockRow } from '../data/blocks';
import type { Db } from '../db/open-database';
import { normalizeForSearch } from '../../shared/search-query';

/** What search needs to know about a document that is not in the bin. */
export interface LiveDocument {
  docId: number;
  title: string;
  /** The title normalised like the text, for title matches. */
  normTitle: string;
  workId: number | null;
  issuer: string | null;
  issuedOn: string | null;
  kind: string | null;
  /** Indexed blocks and normalised characters (0 when not indexed yet). */
  blocks: number;
  chars: number;
}

/** A document's headings in reading order, and the chapter path of each (shared/chapter-path.ts). */
export interface DocOutline {
  headings: BlockRow[];
  paths: BlockRow[][];
}

export interface LiveLibrary {
  docs: Map<number, LiveDocument>;
  /** Mean normalised block length over the library, for length normalisation. */
  avgBlockChars: number;
  /**
   * Outlines of the documents searches have shown, read on first use. They live as long as this object,
   * which is made anew when the database changes, so they are never stale.
   */
  outlines: Map<number, DocOutline>;
}

interface Cache {
  version: Statement;
  changes: Statement;
  rows: Statement;
  key: string;
  library: LiveLibrary;
}
const caches = new WeakMap<Db, Cache>();

/** Documents not in the bin, read again only when the database changed (here or in another process). */
export function liveLibrary(db: Db): LiveLibrary {
  let cache = caches.get(db);
  if (!cache) {
    cache = {
      version: db.prepare('PRAGMA data_version').pluck(),
      changes: db.prepare('SELECT total_changes()').pluck(),
      rows: db.prepare(
        `SELECT d.id, d.title, d.work_id, d.issuer, d.issued_on, d.kind, coalesce(s.blocks, 0), coalesce(s.chars, 0)
         FROM documents d LEFT JOIN search_docs s ON s.doc_id = d.id WHERE d.deleted_at IS NULL`,
      ).raw(),
      key: '',
      library: { docs: new Map(), avgBlockChars: 1, outlines: new Map() },
    };
    caches.set(db, cache);
  }
  const key = `${cache.version.get()}:${cache.changes.get()}`;
  if (cache.key === key) return cache.library;
  const docs = new Map<number, LiveDocument>();
  let blocks = 0;
  let chars = 0;
  for (const r of cache.rows.all() as [number, string, number | null, string | null, string | null, string | null, number, number][]) {
    docs.set(r[0], { docId: r[0], title: r[1], normTitle: normalizeForSearch(r[1]), workId: r[2], issuer: r[3], issuedOn: r[4], kind: r[5], blocks: r[6], chars: r[7] });
    blocks += r[6];
    chars += r[7];
  }
  cache.library = { docs, avgBlockChars: blocks > 0 ? chars / blocks : 1, outlines: new Map() };
  cache.key = key;
  return cache.library;
}
