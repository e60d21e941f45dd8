// Opening a course pack: what is missing is imported, documents already here (same content hash) are
// reused, the trainer's annotations become (or replace) the pack's trainer layer, and its paths are
// added or updated. One transaction: a pack that fails anywhere leaves the library as it was.
import type { CoursePackInspection, CoursePackOpenResult } from '../../shared/training-types';
import type { CoreContext } from '../context';
import { liveDocumentWithContent } from '../data/documents';
import { readingText } from '../data/originals';
import { packOriginal } from '../data/original-delta';
import { importPack } from '../annotations/annotation-pack';
import { storeDocument } from '../import/store-document';
import { queuePictureScan } from '../images/scan-originals';
import { groupDocument, storeFingerprint } from '../import/versions';
import { indexDirtyDocuments } from '../search/index-store';
import { faultPoint } from '../safety/fault-points';
import { readCoursePack, type ParsedCoursePack } from './pack-read';
import { createReadingPath, insertStop } from './paths';

export function inspectCoursePack(bytes: Buffer): CoursePackInspection {
  const pack = readCoursePack(bytes);
  return {
    format: pack.manifest.format,
    version: pack.manifest.version,
    packId: pack.manifest.packId,
    title: pack.manifest.title,
    createdAt: pack.manifest.createdAt,
    documents: pack.documents.map(({ doc }) => ({ title: doc.title, chars: doc.blocks.reduce((n, b) => n + b.text.length, 0) })),
    annotations: pack.annotations.annotations.length,
    paths: pack.paths.map((p) => ({ title: p.title, stops: p.stops.length })),
    bytes: pack.bytes,
  };
}

/** Local ids of the pack's documents by key: found by content hash, or stored from the pack. */
function placeDocuments(ctx: CoreContext, pack: ParsedCoursePack, result: CoursePackOpenResult): Map<string, number> {
  const local = new Map<string, number>();
  for (const { doc, original } of pack.documents) {
    const found = liveDocumentWithContent(ctx.db, doc.contentHash);
    if (found) {
      local.set(doc.key, found.id);
      result.documents.present.push({ docId: found.id, title: found.title });
      continue;
    }
    const reading = readingText(doc.blocks.map((b) => b.text));
    const docId = storeDocument(ctx, {
      title: doc.title,
      sourceName: doc.sourceName,
      sourcePath: null,
      contentHash: doc.contentHash,
      // Stored as the trainer's library holds it: the same original, the same blocks, not parsed again.
      format: doc.format,
      encoding: doc.encoding,
      packedOriginal: packOriginal(doc.text, reading),
      bytes: original,
      blocks: doc.blocks,
      issuer: doc.issuer,
      docNumber: doc.docNumber,
      issuedOn: doc.issuedOn,
      effectiveOn: doc.effectiveOn ?? null,
      kind: doc.kind,
      cleanups: doc.cleanups,
    });
    if (doc.metadataEdited) ctx.db.prepare('UPDATE documents SET metadata_edited = 1 WHERE id = ?').run(docId);
    if (original) queuePictureScan(ctx.db, docId); // its pictures are read from the original, in the background
    storeFingerprint(ctx, docId, reading, { fresh: true });
    groupDocument(ctx, docId);
    local.set(doc.key, docId);
    result.documents.added.push({ docId, title: doc.title });
  }
  indexDirtyDocuments(ctx.db);
  return local;
}

/** Merge the trainer's annotations as the pack's layer: new ones join it, ones the pack no longer has leave it. */
function placeTrainerLayer(ctx: CoreContext, pack: ParsedCoursePack, result: CoursePackOpenResult): void {
  const packId = pack.manifest.packId;
  const uuids = pack.annotations.annotations.map((a) => a.uuid);
  const known = new Set(
    (ctx.db.prepare('SELECT uuid FROM annotations WHERE uuid IN (SELECT value FROM json_each(?))').all(JSON.stringify(uuids)) as { uuid: string }[]).map(
      (r) => r.uuid,
    ),
  );
  const merged = importPack(ctx, pack.annotationsText);
  const join = ctx.db.prepare('INSERT OR IGNORE INTO trainer_annotations (annotation_id, pack_id) SELECT id, ? FROM annotations WHERE uuid = ?');
  for (const uuid of uuids) if (!known.has(uuid)) join.run(packId, uuid);
  // The user's own annotations have no layer row: only what this pack brought before can go.
  const removed = ctx.db
    .prepare(
      `DELETE FROM annotations WHERE id IN (SELECT annotation_id FROM trainer_annotations WHERE pack_id = ?)
       AND uuid NOT IN (SELECT value FROM json_each(?))`,
    )
    .run(packId, JSON.stringify(uuids)).changes;
  result.annotations = { added: merged.added, updated: merged.updated, unchanged: merged.unchanged, removed, detached: merged.detached };
}

/**
 * The local block a stop of the pack means: the same place (seq) when its text is the same there, else
 * the first block with that text. A document found by content hash may have been rebuilt by another
 * version of the app, with blocks split or numbered differently; null when the passage is not there.
 */
function blockFinder(ctx: CoreContext, pack: ParsedCoursePack, local: Map<string, number>): (key: string, seq: number) => number | null {
  const atSeq = ctx.db.prepare('SELECT id, text FROM blocks WHERE doc_id = ? AND seq = ?');
  const byText = ctx.db.prepare('SELECT id FROM blocks WHERE doc_id = ? AND text = ? ORDER BY seq LIMIT 1');
  const docs = new Map(pack.documents.map(({ doc }) => [doc.key, doc]));
  return (key, seq) => {
    const docId = local.get(key)!;
    const text = docs.get(key)!.blocks[seq]!.text;
    const same = atSeq.get(docId, seq) as { id: number; text: string } | undefined;
    if (same && same.text === text) return same.id;
    return (byText.get(docId, text) as { id: number } | undefined)?.id ?? null;
  };
}

function placePaths(ctx: CoreContext, pack: ParsedCoursePack, local: Map<string, number>, result: CoursePackOpenResult): void {
  const block = blockFinder(ctx, pack, local);
  const existing = ctx.db.prepare('SELECT id FROM reading_paths WHERE uuid = ?');
  for (const p of pack.paths) {
    const found = existing.get(p.uuid) as { id: number } | undefined;
    let pathId: number;
    if (found) {
      pathId = found.id;
      ctx.db.prepare("UPDATE reading_paths SET title = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?").run(p.title, pathId);
      ctx.db.prepare('DELETE FROM reading_stops WHERE path_id = ?').run(pathId);
      result.paths.updated.push({ id: pathId, title: p.title });
    } else {
      pathId = createReadingPath(ctx, p.title, p.uuid, pack.manifest.packId).id;
      result.paths.added.push({ id: pathId, title: p.title });
    }
    for (const s of p.stops) {
      const blockId = block(s.document, s.seq);
      const block2Id = s.document2 === null ? null : block(s.document2, s.seq2!);
      if (blockId === null || (s.document2 !== null && block2Id === null)) {
        result.paths.skippedStops++;
        continue;
      }
      insertStop(ctx, {
        pathId,
        kind: s.kind,
        docId: local.get(s.document)!,
        blockId,
        ...(s.startOffset !== null ? { startOffset: s.startOffset, endOffset: s.endOffset! } : {}),
        ...(s.document2 !== null ? { doc2Id: local.get(s.document2)!, block2Id: block2Id! } : {}),
        title: s.title,
        note: s.note,
      });
    }
    result.firstPathId ??= pathId;
  }
}

/** Open a pack (its bytes): validated whole first, then written in one transaction. */
export function openCoursePack(ctx: CoreContext, bytes: Buffer): CoursePackOpenResult {
  const pack = readCoursePack(bytes);
  const result: CoursePackOpenResult = {
    packId: pack.manifest.packId,
    documents: { added: [], present: [] },
    annotations: { added: 0, updated: 0, unchanged: 0, removed: 0, detached: 0 },
    paths: { added: [], updated: [], skippedStops: 0 },
    firstPathId: null,
  };
  ctx.db.transaction(() => {
    const local = placeDocuments(ctx, pack, result);
    placeTrainerLayer(ctx, pack, result);
    placePaths(ctx, pack, local, result);
    faultPoint('course-pack'); // fault-injection tests: killed with the pack half-opened
  })();
  return result;
}
