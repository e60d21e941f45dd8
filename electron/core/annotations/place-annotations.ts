import type { ReanchorReport } from '../../shared/annotation-types';
import type { CoreContext } from '../context';
import { loadDocText, toAnchor, toGlobal, type DocText } from './doc-text';
import { contextOf, locateQuote } from './locate-quote';
import { annotationRowsOfDocument, type AnnotationRow } from '../data/annotations';

/** The quote still stands at the row's recorded place in this text. */
function standsAtPlace(doc: DocText, r: AnnotationRow): boolean {
  if (r.start_block_id === null || r.end_block_id === null || r.anchor_status === 'detached') return false;
  const start = toGlobal(doc, r.start_block_id, r.start_offset);
  const end = toGlobal(doc, r.end_block_id, r.end_offset);
  return start !== null && end !== null && end > start && doc.text.slice(start, end) === r.quote;
}

/**
 * Put each row where its quote is in `doc` (which becomes its document), fuzzily when the wording
 * changed a little; a row that cannot be placed is kept, detached, with its quote. One transaction.
 */
export function placeAnnotations(ctx: CoreContext, doc: DocText, rows: AnnotationRow[]): ReanchorReport {
  const report: ReanchorReport = { total: rows.length, exact: 0, fuzzy: 0, detached: 0 };
  const docRow = ctx.db.prepare('SELECT title, content_hash FROM documents WHERE id = ?').get(doc.docId) as {
    title: string;
    content_hash: string;
  };
  const place = ctx.db.prepare(
    `UPDATE annotations SET doc_id = @docId, doc_title = @title, doc_hash = @hash,
       start_block_id = @startBlock, start_offset = @startOffset, end_block_id = @endBlock, end_offset = @endOffset,
       quote = @quote, prefix = @prefix, suffix = @suffix, anchor_status = @status
     WHERE id = @id`,
  );
  const detach = ctx.db.prepare(
    `UPDATE annotations SET doc_id = @docId, doc_title = @title, doc_hash = @hash,
       start_block_id = NULL, end_block_id = NULL, anchor_status = 'detached' WHERE id = @id`,
  );
  ctx.db.transaction(() => {
    for (const r of rows) {
      const ids = { id: r.id, docId: doc.docId, title: docRow.title, hash: docRow.content_hash };
      if (r.doc_id === doc.docId && standsAtPlace(doc, r)) {
        report[r.anchor_status === 'fuzzy' ? 'fuzzy' : 'exact']++;
        continue;
      }
      const hint = r.start_block_id === null ? undefined : (toGlobal(doc, r.start_block_id, r.start_offset) ?? undefined);
      const found = locateQuote(doc.text, { quote: r.quote, prefix: r.prefix, suffix: r.suffix, hint });
      if (!found) {
        detach.run(ids);
        report.detached++;
        continue;
      }
      const anchor = toAnchor(doc, found.start, found.end);
      const quote = doc.text.slice(anchor.from, anchor.to);
      // An exact find of a fuzzily placed quote in the same document keeps its mark: nobody confirmed it yet.
      const keepsFuzzy = r.doc_id === doc.docId && r.anchor_status === 'fuzzy';
      place.run({
        ...ids,
        startBlock: anchor.start.blockId,
        startOffset: anchor.start.offset,
        endBlock: anchor.end.blockId,
        endOffset: anchor.end.offset,
        quote,
        ...contextOf(doc.text, anchor.from, anchor.to),
        status: found.exact && !keepsFuzzy ? 'attached' : 'fuzzy',
      });
      report[found.exact ? 'exact' : 'fuzzy']++;
    }
  })();
  return report;
}


/**
 * Make sure the annotations of a document stand where their quotes are: after its blocks were
 * replaced (re-import keeping the id) or edited, they are found again. Detached ones are retried
 * only when `retryDetached` (explicit re-anchoring), since they are known not to be there.
 */
export function refreshDocument(ctx: CoreContext, docId: number, retryDetached = false): ReanchorReport {
  const rows = annotationRowsOfDocument(ctx.db, docId).filter(
    (r) => retryDetached || r.anchor_status !== 'detached',
  );
  if (rows.length === 0) return { total: 0, exact: 0, fuzzy: 0, detached: 0 };
  return placeAnnotations(ctx, loadDocText(ctx, docId), rows);
}

/** Move every annotation of one document to another (a new edition) and place it there. */
export function moveAnnotations(ctx: CoreContext, fromDocId: number, toDocId: number): ReanchorReport {
  if (fromDocId === toDocId) return refreshDocument(ctx, toDocId, true);
  const rows = annotationRowsOfDocument(ctx.db, fromDocId);
  // Offsets in the old document mean nothing in the new one: place by quote and context alone.
  const unplaced = rows.map((r) => ({ ...r, start_block_id: null, end_block_id: null }));
  return placeAnnotations(ctx, loadDocText(ctx, toDocId), unplaced);
}

/**
 * Annotations whose document was deleted (doc_id NULL) find it again when the same text (content
 * hash) or a document of the same title is in the library, and are placed there.
 */
export function adoptOrphans(ctx: CoreContext): void {
  // Also those of a document in the trash when the same text was imported again: the user reads that one now.
  const orphans = ctx.db
    .prepare(
      `SELECT a.*, NULL AS start_seq FROM annotations a LEFT JOIN documents d ON d.id = a.doc_id
       WHERE a.doc_id IS NULL
          OR (d.deleted_at IS NOT NULL AND EXISTS (
                SELECT 1 FROM documents l WHERE l.content_hash = d.content_hash AND l.deleted_at IS NULL))`,
    )
    .all() as AnnotationRow[];
  if (orphans.length === 0) return;
  const byHash = ctx.db.prepare('SELECT id FROM documents WHERE content_hash = ? AND deleted_at IS NULL ORDER BY id DESC');
  const byTitle = ctx.db.prepare('SELECT id FROM documents WHERE title = ? AND deleted_at IS NULL ORDER BY id DESC');
  const groups = new Map<number, AnnotationRow[]>();
  for (const r of orphans) {
    const home = (byHash.get(r.doc_hash) ?? byTitle.get(r.doc_title)) as { id: number } | undefined;
    if (home) groups.set(home.id, [...(groups.get(home.id) ?? []), { ...r, start_block_id: null, end_block_id: null }]);
  }
  for (const [docId, rows] of groups) placeAnnotations(ctx, loadDocText(ctx, docId), rows);
}

/** Documents holding annotations whose recorded place may be stale. */
export function documentsWithAnnotations(ctx: CoreContext): number[] {
  return (
    ctx.db
      .prepare(
        `SELECT DISTINCT a.doc_id AS id FROM annotations a JOIN documents d ON d.id = a.doc_id
         WHERE d.deleted_at IS NULL AND a.anchor_status != 'detached'`,
      )
      .all() as { id: number }[]
  ).map((r) => r.id);
}
