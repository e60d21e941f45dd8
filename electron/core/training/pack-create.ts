// Building a course pack (.prpack) from reading paths: the documents of their stops, every annotation
// on those documents, and the paths, in a zip (format: pack-schema.ts).
import JSZip from 'jszip';
import type { ExportFile } from '../../shared/annotation-types';
import type { Cleanup } from '../../shared/types';
import { version as appVersion } from '../../../package.json';
import type { CoreContext } from '../context';
import { readOriginal } from '../data/originals';
import { buildPack } from '../annotations/annotation-pack';
import { listAnnotations } from '../annotations/store';
import { blocksInOrder } from '../data/blocks';
import { getReadingPath } from './paths';
import { ReaderError } from '../../shared/errors';
import { checkZipDirectory, readZipDirectory } from '../limits/zip-guard';
import {
  COURSE_PACK_FORMAT,
  COURSE_PACK_LIMITS,
  COURSE_PACK_VERSION,
  MAX_PACK_BYTES,
  MAX_PACK_DOCUMENTS,
  type PackDocument,
  type PackManifest,
  type PackPath,
} from './pack-schema';
import { trainingFileName } from './file-name';

interface DocRow {
  id: number;
  title: string;
  source_name: string;
  content_hash: string;
  issuer: string | null;
  doc_number: string | null;
  issued_on: string | null;
  effective_on: string | null;
  kind: string | null;
  format: string;
  encoding: string;
  cleanups: string;
  metadata_edited: number;
}

export const PACK_MIME = 'application/vnd.policy-reader.course-pack+zip';

export async function buildCoursePack(ctx: CoreContext, pathIds: number[]): Promise<{ fileName: string; bytes: Buffer; title: string }> {
  const paths = pathIds.map((id) => getReadingPath(ctx, id));
  const keys = new Map<number, string>();
  const keyOf = (docId: number) => {
    if (!keys.has(docId)) keys.set(docId, `d${keys.size + 1}`);
    return keys.get(docId)!;
  };
  const seqOf = ctx.db.prepare('SELECT seq FROM blocks WHERE id = ?');
  const seq = (blockId: number) => (seqOf.get(blockId) as { seq: number }).seq;
  const packPaths: PackPath[] = paths.map((p) => ({
    uuid: p.uuid,
    title: p.title,
    // Stops whose document was deleted since have nothing to show and stay behind.
    stops: p.stops
      .filter((s) => s.docId !== null && s.blockId !== null && (s.kind !== 'comparison' || (s.doc2Id !== null && s.block2Id !== null)))
      .map((s) => ({
        kind: s.kind,
        document: keyOf(s.docId!),
        seq: seq(s.blockId!),
        startOffset: s.startOffset,
        endOffset: s.endOffset,
        document2: s.kind === 'comparison' ? keyOf(s.doc2Id!) : null,
        seq2: s.kind === 'comparison' ? seq(s.block2Id!) : null,
        title: s.title,
        note: s.note,
      })),
  }));
  const zip = new JSZip();
  const docRow = ctx.db.prepare('SELECT * FROM documents WHERE id = ?');
  const originalBytes = ctx.db.prepare('SELECT bytes FROM originals WHERE doc_id = ?').pluck();
  const manifestDocs: PackManifest['documents'] = [];
  for (const [docId, key] of keys) {
    const d = docRow.get(docId) as DocRow;
    const bytes = (originalBytes.get(docId) as Buffer | null | undefined) ?? null;
    const doc: PackDocument = {
      key,
      title: d.title,
      sourceName: d.source_name,
      contentHash: d.content_hash,
      issuer: d.issuer,
      docNumber: d.doc_number,
      issuedOn: d.issued_on,
      effectiveOn: d.effective_on,
      kind: d.kind,
      format: d.format,
      encoding: d.encoding,
      cleanups: JSON.parse(d.cleanups) as Cleanup[],
      metadataEdited: d.metadata_edited === 1,
      text: readOriginal(ctx.db, docId),
      blocks: blocksInOrder(ctx.db, docId).map((b) => ({ kind: b.kind, level: b.level, text: b.text })),
    };
    zip.file(`documents/${key}.json`, JSON.stringify(doc));
    if (bytes) zip.file(`documents/${key}.orig`, bytes);
    manifestDocs.push({ key, original: bytes !== null });
  }
  const annotations = [...keys.keys()].flatMap((docId) => listAnnotations(ctx, { docId }));
  zip.file('annotations.json', JSON.stringify(buildPack(ctx, annotations)));
  zip.file('paths.json', JSON.stringify(packPaths));
  const title = paths[0]!.title;
  const manifest: PackManifest = {
    format: COURSE_PACK_FORMAT,
    version: COURSE_PACK_VERSION,
    // The first path's identity: a pack made again from the same path updates what the first one brought.
    packId: paths[0]!.uuid,
    title,
    createdAt: new Date().toISOString(),
    app: appVersion,
    documents: manifestDocs,
  };
  zip.file('manifest.json', JSON.stringify(manifest, null, 1));
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  // Never hand out a pack that no copy of the app would open.
  if (keys.size > MAX_PACK_DOCUMENTS) {
    throw new ReaderError('too_large', `A course pack holds at most ${MAX_PACK_DOCUMENTS} documents; these paths use ${keys.size}`, `课程包最多包含 ${MAX_PACK_DOCUMENTS} 份文档`);
  }
  if (bytes.length > MAX_PACK_BYTES) throw new ReaderError('too_large', `The course pack would be larger than ${MAX_PACK_BYTES / 1048576} MB`, `课程包将超过 ${MAX_PACK_BYTES / 1048576} MB`);
  checkZipDirectory(readZipDirectory(bytes), COURSE_PACK_LIMITS);
  return { fileName: trainingFileName('课程包', title, 'prpack'), bytes, title };
}

export async function createCoursePack(ctx: CoreContext, pathIds: number[]): Promise<ExportFile> {
  const { fileName, bytes } = await buildCoursePack(ctx, pathIds);
  return { fileName, mimeType: PACK_MIME, dataBase64: bytes.toString('base64'), count: pathIds.length };
}
