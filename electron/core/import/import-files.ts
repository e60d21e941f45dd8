import path from 'node:path';
import { isErrorInfo, toErrorInfo } from '../../shared/errors';
import type { ImportResult } from '../../shared/types';
import type { CoreContext } from '../context';
import { indexDirtyDocuments, indexDirtyDocumentsInBulk } from '../search/index-store';
import type { SearchRows } from '../search/search-rows';
import { issuerOfFolder } from './law-issuer';
import { contentHashOf } from '../content-hash';
import { prepareSource, type PreparedFile, type PreparedSource } from './prepare-source';
import { decodeSource, needsAsyncRead, readSource, readSourceFile } from './source-file';
import { openTextPreparer } from './text-preparer';
import { reportProgress, yieldToOthers } from './progress';
import { liveDocumentWithContent } from '../data/documents';
import { storeDocument } from './store-document';
import { storeSourceImages } from '../images/store-source-images';
import { fingerprintMissing, groupDocument, storeFingerprint } from './versions';
import { expandPaths } from './walk-folders';
import { faultPoint } from '../safety/fault-points';

export interface ImportOverrides {
  title?: string;
  issuer?: string | null;
  docNumber?: string | null;
  issuedOn?: string | null;
  kind?: string | null;
  /** Where the copy came from (shared/source-kinds.ts). */
  sourceKind?: string | null;
}

export type ProgressListener = (done: number, total: number, file: string) => void;

/** Store a prepared source: everything written in one transaction, or nothing. */
function storePrepared(
  ctx: CoreContext,
  file: string,
  prepared: PreparedSource,
  sourcePath: string | null,
  overrides: ImportOverrides,
  contentHash: string,
  batch: ImportBatch | null,
): ImportResult {
  const { parsed, meta } = prepared;
  const title = overrides.title ?? meta.title ?? parsed.title;
  const docId = ctx.db.transaction(() => {
    const id = storeDocument(ctx, {
      title,
      issuer: overrides.issuer !== undefined ? overrides.issuer : (meta.issuer ?? issuerOfFolder(sourcePath)),
      docNumber: overrides.docNumber !== undefined ? overrides.docNumber : meta.docNumber,
      // A law library's files often carry the date only in their names (刑法_20201226.txt): extractMetadata reads it.
      issuedOn: overrides.issuedOn !== undefined ? overrides.issuedOn : meta.issuedOn,
      effectiveOn: meta.effectiveOn,
      kind: overrides.kind ?? null,
      sourceKind: overrides.sourceKind ?? null,
      sourceName: prepared.name,
      sourcePath,
      contentHash,
      format: prepared.format,
      encoding: prepared.encoding,
      packedOriginal: prepared.packedOriginal,
      bytes: prepared.bytes,
      blocks: parsed.blocks,
      cleanups: parsed.cleanups,
    });
    if (prepared.withImages) storeSourceImages(ctx.db, id, prepared.withImages, parsed.blocks);
    faultPoint('import'); // fault-injection tests: killed with the document half-written
    storeFingerprint(ctx, id, prepared.fingerprint, { fresh: true });
    groupDocument(ctx, id, prepared.fingerprint);
    // The search postings are written in the same transaction: a document is never visible unindexed. In a
    // batch they are written once for all its documents just before it commits (see importExpanded).
    if (batch) batch.searchRows.set(id, prepared.search);
    else indexDirtyDocuments(ctx.db, Infinity, new Map([[id, prepared.search]]));
    return id;
  })();
  // A copy of its own: the title is often a slice of the whole source text, which V8 would keep alive for as
  // long as the result lives (every result of a folder import lives to its end: +15 MB per 500 files).
  return { file, ok: true, docId, title: Buffer.from(title).toString() };
}

/** The documents a batch stored, with their search rows, indexed together just before it commits. */
interface ImportBatch {
  searchRows: Map<number, SearchRows>;
}

/** The document already in the library with this content, as an import's result. */
function duplicateResult(ctx: CoreContext, file: string, contentHash: string): ImportResult | null {
  const existing = liveDocumentWithContent(ctx.db, contentHash);
  return existing ? { file, ok: true, docId: existing.id, title: existing.title, duplicateOf: existing.id } : null;
}

/** Store a text file prepared by prepare-source.ts (here or in the import's worker). Never throws. */
function storeTextFile(ctx: CoreContext, sourcePath: string, result: PreparedFile, overrides: ImportOverrides, batch: ImportBatch | null): ImportResult {
  try {
    const duplicate = result.contentHash === null ? null : duplicateResult(ctx, sourcePath, result.contentHash);
    if (duplicate) return duplicate;
    if (!result.ok) return { file: sourcePath, ok: false, error: result.error };
    return storePrepared(ctx, sourcePath, result.prepared, sourcePath, overrides, result.contentHash, batch);
  } catch (err) {
    return { file: sourcePath, ok: false, error: toErrorInfo(err) };
  }
}

/** Import one text file's bytes (.txt, .md, .html) as one transaction. Never throws: failures come back as results. */
export function importBytes(ctx: CoreContext, name: string, bytes: Buffer, sourcePath: string | null, overrides: ImportOverrides = {}): ImportResult {
  const file = sourcePath ?? name;
  try {
    const contentHash = contentHashOf(bytes);
    const duplicate = duplicateResult(ctx, file, contentHash);
    if (duplicate) return duplicate;
    const prepared = prepareSource(name, decodeSource(name, bytes, sourcePath && path.dirname(sourcePath)), bytes);
    return storePrepared(ctx, file, prepared, sourcePath, overrides, contentHash, null);
  } catch (err) {
    return { file, ok: false, error: toErrorInfo(err) };
  }
}

/** Import any supported file's bytes, including .docx and .pdf. Never throws. */
export async function importFileBytes(
  ctx: CoreContext,
  name: string,
  bytes: Buffer,
  sourcePath: string | null,
  overrides: ImportOverrides = {},
): Promise<ImportResult> {
  const file = sourcePath ?? name;
  try {
    const contentHash = contentHashOf(bytes);
    const duplicate = duplicateResult(ctx, file, contentHash);
    if (duplicate) return duplicate;
    const source = await readSource(name, bytes, sourcePath && path.dirname(sourcePath));
    return storePrepared(ctx, file, prepareSource(name, source, bytes), sourcePath, overrides, contentHash, null);
  } catch (err) {
    return { file, ok: false, error: toErrorInfo(err) };
  }
}

export { expandPaths } from './walk-folders';

/** Pages of log an import lets gather before copying them into the library: 64 MB at a new library's 8 KB pages. */
const IMPORT_CHECKPOINT_PAGES = 8192;

/**
 * During a batch, commit without waiting for the disk after every file. WAL mode keeps the library consistent
 * whatever happens; at worst a power cut loses the last few imports, never half of one.
 */
async function inBatch<T>(ctx: CoreContext, run: () => Promise<T>): Promise<T> {
  const before = ctx.db.pragma('synchronous', { simple: true }) as number;
  const cache = ctx.db.pragma('cache_size', { simple: true }) as number;
  const wal = ctx.db.pragma('journal_mode', { simple: true }) === 'wal';
  if (wal) ctx.db.pragma('synchronous = NORMAL');
  // The search and fingerprint indexes grow by random inserts: keep more of them in memory while importing
  // (8 MB: more buys no speed measured, and the import's peak memory, its worker's included, must stay under 200 MB).
  ctx.db.pragma('cache_size = -8192');
  // Copy the log into the library every 64 MB of it rather than every 8 MB: the pages FTS5 and the indexes
  // rewrite batch after batch are copied (and the disk waited for) once per checkpoint, not once per batch.
  const checkpointPages = ctx.db.pragma('wal_autocheckpoint', { simple: true }) as number;
  if (wal) ctx.db.pragma(`wal_autocheckpoint = ${IMPORT_CHECKPOINT_PAGES}`);
  try {
    return await run();
  } finally {
    if (wal) {
      ctx.db.pragma(`synchronous = ${before}`);
      ctx.db.pragma(`wal_autocheckpoint = ${checkpointPages}`);
    }
    ctx.db.pragma(`cache_size = ${cache}`);
  }
}

/** Import files and folders; each file is its own transaction, and one bad file never stops the batch. */
export async function importPaths(ctx: CoreContext, paths: string[], onProgress?: ProgressListener): Promise<ImportResult[]> {
  return inBatch(ctx, () => importExpanded(ctx, paths, onProgress));
}

/**
 * Commit a batch of text files together once it holds this much: each file still sits in its own savepoint.
 * A batch's search rows wait in memory until it commits (about 3 bytes for each byte of text); 2 MB
 * batches import as fast as 8 MB ones did.
 */
const BATCH_BYTES = 2 * 1024 * 1024;
const BATCH_FILES = 256;

async function importExpanded(ctx: CoreContext, paths: string[], onProgress?: ProgressListener): Promise<ImportResult[]> {
  const { files, missing, overrides, badNames } = expandPaths(paths);
  const results: ImportResult[] = missing.map((file) => ({
    file,
    ok: false,
    error: { code: 'not_found', message: `No such file or folder: ${file}`, messageZh: `找不到文件或文件夹：${file}` },
  }));
  for (const file of badNames) {
    results.push({
      file,
      ok: false,
      error: { code: 'bad_file_name', message: `The file name is not valid UTF-8; rename the file and import it again: ${file}`, messageZh: `文件名不是有效的 UTF-8 编码，请重命名后再导入：${file}` },
    });
  }
  fingerprintMissing(ctx);
  // Text files are read synchronously and stored in batches: one transaction per batch, one savepoint per file,
  // so a bad file is rolled back alone and a crash loses whole files, never half of one. Word and PDF files are
  // read asynchronously, so the batch is committed before them and no transaction stays open across the wait.
  // A file of the open batch is reported imported only once the batch is committed: when the commit fails, or
  // SQLite rolls the whole transaction back (a full disk may), every file of the batch is reported not imported.
  let pending = { bytes: 0, files: 0 };
  let uncommitted: number[] = []; // indexes into results
  let batch: ImportBatch = { searchRows: new Map() };
  let failed = 0;
  // The documents the batch stored are gone, and with them the files that were duplicates of those; a
  // duplicate of a document committed earlier is still there.
  const loseBatch = (err: unknown) => {
    const stored = new Set(uncommitted.map((i) => results[i]!).filter((r) => r.ok && r.duplicateOf === undefined).map((r) => r.docId));
    for (const i of uncommitted) {
      const r = results[i]!;
      if (r.ok && stored.has(r.docId)) (results[i] = notImported(r.file, err)), failed++;
    }
    uncommitted = [];
  };
  const commit = () => {
    try {
      if (ctx.db.inTransaction) {
        // The batch's documents are indexed together, outside their savepoints: FTS5 writes its pending
        // postings to disk at every savepoint, so indexing each file in its own made one small segment per file.
        indexDirtyDocumentsInBulk(ctx.db, batch.searchRows);
        ctx.db.exec('COMMIT');
      }
    } catch (err) {
      if (ctx.db.inTransaction) ctx.db.exec('ROLLBACK');
      loseBatch(err);
    }
    uncommitted = [];
    pending = { bytes: 0, files: 0 };
    batch = { searchRows: new Map() };
  };
  const preparer = openTextPreparer(files.filter((f) => !needsAsyncRead(f)));
  try {
    for (const [i, file] of files.entries()) {
      reportProgress(ctx, { running: true, done: i, total: files.length, file, failed });
      let result: ImportResult;
      let batched = false;
      try {
        const sourcePath = path.resolve(file);
        if (needsAsyncRead(file)) {
          commit();
          const { name, bytes } = readSourceFile(file);
          result = await importFileBytes(ctx, name, bytes, sourcePath, overrides.get(sourcePath));
        } else {
          const prepared = preparer.take(file);
          if (!ctx.db.inTransaction) ctx.db.exec('BEGIN IMMEDIATE'); // wait for another process's write (busy_timeout), never fail at once
          result = storeTextFile(ctx, sourcePath, prepared, overrides.get(sourcePath) ?? {}, batch);
          batched = true;
          pending = { bytes: pending.bytes + (prepared.ok ? prepared.size : 0), files: pending.files + 1 };
        }
      } catch (err) {
        result = { file, ok: false, error: toErrorInfo(err) };
      }
      results.push(result);
      if (!result.ok) failed++;
      if (batched) {
        uncommitted.push(results.length - 1);
        if (!ctx.db.inTransaction) loseBatch(result.ok ? new Error('The batch was rolled back') : result.error);
        else if (pending.bytes >= BATCH_BYTES || pending.files >= BATCH_FILES) {
          commit();
          await yieldToOthers();
        }
      }
      onProgress?.(i + 1, files.length, file);
    }
  } finally {
    preparer.close();
    commit();
    reportProgress(ctx, { running: false, done: files.length, total: files.length, file: null, failed });
  }
  return results;
}

/** A file of a batch that was rolled back: whatever it said before, it is not in the library. */
function notImported(file: string, cause: unknown): ImportResult {
  const known = isErrorInfo(cause) ? cause : toErrorInfo(cause);
  return {
    file,
    ok: false,
    error: {
      code: known.code,
      message: `Not imported: the batch it was in could not be saved (${known.message})`,
      messageZh: `未导入：所在批次未能保存（${known.messageZh}）`,
    },
  };
}

/** Import uploaded files (browser mode drag and drop). */
export async function importUploads(ctx: CoreContext, files: { name: string; bytes: Buffer }[], onProgress?: ProgressListener): Promise<ImportResult[]> {
  return inBatch(ctx, async () => {
    fingerprintMissing(ctx);
    const results: ImportResult[] = [];
    try {
      for (const [i, f] of files.entries()) {
        reportProgress(ctx, { running: true, done: i, total: files.length, file: f.name, failed: results.filter((r) => !r.ok).length });
        results.push(await importFileBytes(ctx, f.name, f.bytes, null));
        onProgress?.(i + 1, files.length, f.name);
        await yieldToOthers();
      }
    } finally {
      reportProgress(ctx, { running: false, done: results.length, total: files.length, file: null, failed: results.filter((r) => !r.ok).length });
    }
    return results;
  });
}
