import type { CoreContext } from '../context';
import { blocksInOrder } from '../data/blocks';
import { logChange } from '../db/change-log';
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';
import { readSource } from '../import/source-file';
import { readZipDirectory } from '../limits/zip-guard';
import { pdfHasPictures } from './pdf-images';
import { storeSourceImages } from './store-source-images';

/** Read this document's original again for pictures (a course pack's document, one stored before 014). */
export function queuePictureScan(db: Db, docId: number): void {
  statement(db, 'INSERT OR IGNORE INTO doc_images_pending (doc_id) VALUES (?)').run(docId);
}

/** Whether an original can hold pictures at all, found without reading it (a zip's directory, a PDF's dictionaries). */
function mayHavePictures(format: string, bytes: Buffer): boolean {
  try {
    if (format === 'docx') return readZipDirectory(bytes).some((e) => e.name.startsWith('word/media/'));
    if (format === 'pdf') return pdfHasPictures(bytes);
  } catch {
    // Not readable as before: nothing to find.
  }
  return false;
}

/**
 * Scan one waiting document; false when none waits. Its pictures are stored against the blocks it has
 * (never rewritten), found by the text that follows each. A document that fails is not tried again.
 */
export async function scanNextOriginal(ctx: CoreContext): Promise<boolean> {
  const { db } = ctx;
  const next = statement(
    db,
    `SELECT p.doc_id AS docId, d.format, d.source_name AS name, o.bytes
       FROM doc_images_pending p JOIN documents d ON d.id = p.doc_id LEFT JOIN originals o ON o.doc_id = p.doc_id LIMIT 1`,
  ).get() as { docId: number; format: string; name: string; bytes: Buffer | null } | undefined;
  if (!next) return false;
  let source: Awaited<ReturnType<typeof readSource>> | null = null;
  if (next.bytes && mayHavePictures(next.format, next.bytes)) {
    try {
      source = await readSource(next.name, next.bytes);
    } catch {
      source = null;
    }
  }
  if (!db.open) return false;
  db.transaction(() => {
    statement(db, 'DELETE FROM doc_images_pending WHERE doc_id = ?').run(next.docId);
    const alive = statement(db, 'SELECT 1 FROM documents WHERE id = ?').get(next.docId) !== undefined;
    const has = statement(db, 'SELECT 1 FROM doc_images WHERE doc_id = ? LIMIT 1').get(next.docId) !== undefined;
    // A window showing the document hears of its pictures (the doors report what the log gained).
    if (source && alive && !has && storeSourceImages(db, next.docId, source, blocksInOrder(db, next.docId)) > 0) logChange(db, 'metadata', next.docId);
  })();
  return true;
}

/** Scan every waiting document now (tests, the CLI). */
export async function scanAllOriginals(ctx: CoreContext): Promise<void> {
  while (await scanNextOriginal(ctx));
}

/**
 * The writer scans waiting originals while idle, one document per tick, so an upgraded library's Word and
 * PDF documents (and a course pack's) gain their pictures without holding anything up. Never keeps the process alive.
 */
export function scanOriginalsInBackground(ctx: CoreContext, idleMs = 3000): void {
  const tick = async () => {
    if (!ctx.db.open) return;
    let more = false;
    try {
      if (!ctx.db.inTransaction) more = await scanNextOriginal(ctx);
    } catch {
      return; // read-only or busy: left for another time
    }
    setTimeout(() => void tick(), more ? 200 : idleMs).unref();
  };
  setTimeout(() => void tick(), idleMs).unref();
}
