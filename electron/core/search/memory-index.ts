import type { Statement } from 'better-sqlite3';
import { ReaderError } from '../../shared/errors';
import type { Db } from '../db/open-database';
import { normalizeForSearch } from '../../shared/search-query';
import { checkSearchIndex, hasDirtyDocuments, indexDirtyDocuments, markDirty } from './index-store';
import { decodeSegment, type Segment } from './segment-codec';

/** One indexed document, decoded: postings plus what verification, ranking and chapter paths need. */
export interface IndexedDocument {
  docId: number;
  segmentId: number;
  segment: Segment;
  /** Per block in reading order. */
  blockIds: Int32Array;
  /** 0 for paragraphs, the heading level (≥ 1) for headings. */
  levels: Uint8Array;
  /** Normalised texts, for exact verification and match counting. */
  texts: string[];
  /** Their lengths, side by side in memory: ranking reads them for every match. */
  lengths: Uint32Array;
  /** Original heading texts by ordinal, for chapter paths. */
  headings: Map<number, string>;
  /** Blocks best first for ranking (rank.ts), built on first need. */
  rankOrder?: Uint32Array;
}

interface BlockRow {
  id: number;
  kind: string;
  level: number;
  text: string;
}

/**
 * The decoded copy of the persistent index held by a running process. Before every search it catches up
 * with the database: indexes documents queued by the triggers (from any process) and reloads changed postings.
 */
export class MemoryIndex {
  private byDoc = new Map<number, IndexedDocument>();
  private stamp = '';
  private sorted: IndexedDocument[] = [];

  private readonly stampQuery: Statement;
  private readonly textQuery: Statement;

  constructor(private readonly db: Db) {
    checkSearchIndex(db);
    this.stampQuery = db.prepare('SELECT count(*) AS n, coalesce(max(id), 0) AS top FROM search_segments');
    this.textQuery = db.prepare('SELECT text FROM blocks WHERE id = ?').pluck();
  }

  /**
   * While the app is idle: index what imports queued, then decode postings ahead of the first search,
   * a slice at a time so the process stays responsive. The timer never keeps a process alive and stops
   * with the database.
   */
  indexInBackground(idleMs = 1000, sliceMs = 30): void {
    const tick = () => {
      if (!this.db.open) return;
      let more = false;
      try {
        if (!this.db.inTransaction) {
          if (hasDirtyDocuments(this.db)) {
            indexDirtyDocuments(this.db, sliceMs);
            more = true;
          } else {
            more = this.preload(sliceMs);
          }
        }
      } catch {
        // Busy or read-only: the next search catches up (and reports a real problem).
      }
      setTimeout(tick, more ? 10 : idleMs).unref();
    };
    setTimeout(tick, idleMs).unref();
  }

  /** Decode postings not yet in memory for up to `budgetMs`; true when some are left. */
  private preload(budgetMs: number): boolean {
    const started = performance.now();
    const { n, top } = this.stampQuery.get() as { n: number; top: number };
    if (`${n}:${top}` === this.stamp) return false;
    const rows = this.db.prepare('SELECT id, doc_id FROM search_segments').all() as { id: number; doc_id: number }[];
    for (const row of rows) {
      if (this.byDoc.get(row.doc_id)?.segmentId === row.id) continue;
      if (performance.now() - started > budgetMs) return true;
      const doc = this.load(row.id, row.doc_id);
      if (!doc) return false; // damaged: the next search repairs it
      this.byDoc.set(row.doc_id, doc);
      this.stamp = ''; // the next search lists documents again
    }
    return false;
  }

  /** A block's original reading text. */
  blockText(blockId: number): string {
    return (this.textQuery.get(blockId) as string | undefined) ?? '';
  }

  /** Every indexed document, in id order. */
  documents(): readonly IndexedDocument[] {
    return this.sorted;
  }

  get(docId: number): IndexedDocument | undefined {
    return this.byDoc.get(docId);
  }

  sync(retryDamaged = true): void {
    if (hasDirtyDocuments(this.db)) {
      try {
        indexDirtyDocuments(this.db);
      } catch (err) {
        // Answering from stale postings would break "never misses": say why there is no answer instead.
        const code = (err as { code?: string }).code ?? '';
        if (!/^SQLITE_(BUSY|LOCKED|READONLY)/.test(code)) throw err;
        throw new ReaderError(
          'index_busy',
          `The search index cannot be brought up to date right now (${code}); try again in a moment.`,
          '搜索索引正在更新，暂时无法搜索，请稍后再试。',
        );
      }
    }
    const { n, top } = this.stampQuery.get() as {
      n: number;
      top: number;
    };
    const stamp = `${n}:${top}`;
    if (stamp === this.stamp) return;
    const rows = this.db.prepare('SELECT id, doc_id FROM search_segments').all() as { id: number; doc_id: number }[];
    const live = new Set<number>();
    const damaged: number[] = [];
    for (const row of rows) {
      live.add(row.doc_id);
      if (this.byDoc.get(row.doc_id)?.segmentId === row.id) continue;
      const doc = this.load(row.id, row.doc_id);
      if (doc) this.byDoc.set(row.doc_id, doc);
      else damaged.push(row.doc_id);
    }
    for (const docId of this.byDoc.keys()) if (!live.has(docId)) this.byDoc.delete(docId);
    this.sorted = [...this.byDoc.values()].sort((a, b) => a.docId - b.docId);
    this.stamp = stamp;
    if (damaged.length > 0 && retryDamaged) {
      // Rebuild what could not be read, then load it; a second failure is a bug, not damage.
      for (const docId of damaged) this.byDoc.delete(docId);
      markDirty(this.db, damaged);
      this.stamp = '';
      indexDirtyDocuments(this.db);
      this.sync(false);
    }
  }

  private load(segmentId: number, docId: number): IndexedDocument | null {
    const seg = this.db.prepare('SELECT format, block_count, char_count, data FROM search_segments WHERE id = ?').get(segmentId) as
      | { block_count: number; char_count: number; data: Buffer }
      | undefined;
    if (!seg) return null;
    const rows = this.db.prepare('SELECT id, kind, level, text FROM blocks WHERE doc_id = ? ORDER BY seq').all(docId) as BlockRow[];
    const texts = rows.map((r) => normalizeForSearch(r.text));
    const chars = texts.reduce((n, t) => n + t.length, 0);
    if (rows.length !== seg.block_count || chars !== seg.char_count) return null;
    let segment: Segment;
    try {
      segment = decodeSegment(seg.data);
    } catch {
      return null;
    }
    if (segment.blockCount !== rows.length) return null;
    const headings = new Map<number, string>();
    const levels = new Uint8Array(rows.length);
    rows.forEach((r, ord) => {
      if (r.kind !== 'heading') return;
      levels[ord] = Math.min(255, Math.max(1, r.level));
      headings.set(ord, r.text);
    });
    const lengths = Uint32Array.from(texts, (t) => t.length);
    return { docId, segmentId, segment, blockIds: Int32Array.from(rows, (r) => r.id), levels, texts, lengths, headings };
  }
}
