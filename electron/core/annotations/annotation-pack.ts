// Annotation packs: a JSON file of annotations that another copy of the app merges into its library
// (an instructor's highlights handed to trainees offline). Documents are identified by content hash
// and title, places by block order and quote, annotations by their uuid, so importing twice adds nothing.
import { z } from 'zod';
import { annotationFields } from '../../shared/api/annotations';
import type { Annotation, PackImportResult } from '../../shared/annotation-types';
import { ReaderError } from '../../shared/errors';
import type { CoreContext } from '../context';
import { faultPoint } from '../safety/fault-points';
import { getColors } from './colors';
import { refreshDocument } from './place-annotations';
import { setTags } from './tags';

export const PACK_FORMAT = 'policy-reader-annotations';

const packPoint = z.object({ seq: z.number().int().min(0), offset: z.number().int().min(0) }).nullable();
/** Later than this is a clock gone wrong or a forged pack: such a date would win over every local edit. */
const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;
/** A time as the library stores it (2026-11-30T08:15:00.000Z), so that later times sort after earlier ones. */
const timestamp = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/, 'not a UTC time like 2026-11-30T08:15:00.000Z')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'not a real date')
  .refine((s) => Date.parse(s) <= Date.now() + FUTURE_SLACK_MS, 'a date in the future')
  .transform((s) => new Date(s).toISOString());
const shortText = z.string().max(500);
// The same field limits as the API (shared/api/annotations.ts): a pack can store nothing the app could not.
const packSchema = z.object({
  format: z.literal(PACK_FORMAT),
  version: z.literal(1),
  exportedAt: z.string().max(64),
  documents: z
    .array(
      z.object({
        key: z.string().min(1).max(64),
        title: z.string().min(1).max(500),
        contentHash: z.string().max(128),
        docNumber: shortText.nullable().optional(),
        issuer: shortText.nullable().optional(),
        issuedOn: shortText.nullable().optional(),
      }),
    )
    .max(100_000),
  annotations: z
    .array(
      z.object({
        uuid: annotationFields.uuid,
        document: z.string().max(64),
        quote: z.string().min(1).max(200_000),
        prefix: z.string().max(500),
        suffix: z.string().max(500),
        start: packPoint,
        end: packPoint,
        color: annotationFields.color,
        style: annotationFields.style,
        note: annotationFields.note,
        tags: annotationFields.tags,
        createdAt: timestamp,
        updatedAt: timestamp,
      }),
    )
    .max(100_000),
});
export type AnnotationPack = z.infer<typeof packSchema>;

interface DocMeta {
  id: number;
  title: string;
  content_hash: string;
  doc_number: string | null;
  issuer: string | null;
  issued_on: string | null;
}

export function buildPack(ctx: CoreContext, annotations: Annotation[]): AnnotationPack & { colors: unknown } {
  const seqOf = new Map(
    (
      ctx.db
        .prepare('SELECT id, seq FROM blocks WHERE id IN (SELECT value FROM json_each(?))')
        .all(JSON.stringify(annotations.flatMap((a) => (a.start && a.end ? [a.start.blockId, a.end.blockId] : [])))) as {
        id: number;
        seq: number;
      }[]
    ).map((r) => [r.id, r.seq]),
  );
  const docs = new Map<string, AnnotationPack['documents'][number]>();
  const docMeta = ctx.db.prepare('SELECT id, title, content_hash, doc_number, issuer, issued_on FROM documents WHERE id = ?');
  const orphanHash = ctx.db.prepare('SELECT doc_hash FROM annotations WHERE uuid = ?');
  const keyOf = (a: Annotation): string => {
    const meta = a.docId === null ? undefined : (docMeta.get(a.docId) as DocMeta | undefined);
    const hash = meta?.content_hash ?? (orphanHash.get(a.uuid) as { doc_hash: string }).doc_hash;
    const key = `${hash}:${meta?.title ?? a.docTitle}`;
    if (!docs.has(key)) {
      docs.set(key, {
        key: `d${docs.size + 1}`,
        title: meta?.title ?? a.docTitle,
        contentHash: hash,
        docNumber: meta?.doc_number ?? null,
        issuer: meta?.issuer ?? null,
        issuedOn: meta?.issued_on ?? null,
      });
    }
    return docs.get(key)!.key;
  };
  const point = (p: Annotation['start']) => (p && seqOf.has(p.blockId) ? { seq: seqOf.get(p.blockId)!, offset: p.offset } : null);
  const packed = annotations.map((a) => ({
    uuid: a.uuid,
    document: keyOf(a),
    quote: a.quote,
    prefix: a.prefix,
    suffix: a.suffix,
    start: point(a.start),
    end: point(a.end),
    color: a.color,
    style: a.style,
    note: a.note,
    tags: a.tags,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  }));
  return {
    format: PACK_FORMAT,
    version: 1,
    exportedAt: new Date().toISOString(),
    colors: getColors(ctx),
    documents: [...docs.values()],
    annotations: packed,
  };
}

export function parsePack(text: string): AnnotationPack {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ReaderError('bad_pack', 'The annotation pack is not valid JSON', '批注包不是有效的 JSON 文件');
  }
  const parsed = packSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ReaderError(
      'bad_pack',
      `Not a Policy Reader annotation pack: ${issue.path.join('.') || '(file)'}: ${issue.message}`,
      `不是政策阅读器的批注包：${issue.path.join('.') || '（文件）'} ${issue.message}`,
    );
  }
  return parsed.data;
}

function findLocalDocument(ctx: CoreContext, doc: AnnotationPack['documents'][number]): number | null {
  const row = (ctx.db.prepare('SELECT id FROM documents WHERE content_hash = ? AND deleted_at IS NULL ORDER BY id').get(doc.contentHash) ??
    ctx.db.prepare('SELECT id FROM documents WHERE title = ? AND deleted_at IS NULL ORDER BY id DESC').get(doc.title)) as
    | { id: number }
    | undefined;
  return row?.id ?? null;
}

/** Merge a pack: new annotations are added, newer versions of known ones replace them, nothing is duplicated. */
export function importPack(ctx: CoreContext, text: string): PackImportResult {
  const pack = parsePack(text);
  const result: PackImportResult = { added: 0, updated: 0, unchanged: 0, detached: 0, missingDocuments: [] };
  const local = new Map<string, { docId: number | null; doc: AnnotationPack['documents'][number] }>();
  for (const doc of pack.documents) {
    const docId = findLocalDocument(ctx, doc);
    local.set(doc.key, { docId, doc });
    if (docId === null && pack.annotations.some((a) => a.document === doc.key)) result.missingDocuments.push(doc.title);
  }
  const blockAt = ctx.db.prepare('SELECT id FROM blocks WHERE doc_id = ? AND seq = ?');
  const existing = ctx.db.prepare('SELECT id, updated_at FROM annotations WHERE uuid = ?');
  const insert = ctx.db.prepare(
    `INSERT INTO annotations (uuid, doc_id, doc_title, doc_hash, start_block_id, start_offset, end_block_id, end_offset,
                              quote, prefix, suffix, color, style, note, created_at, updated_at)
     VALUES (@uuid, @docId, @title, @hash, @startBlock, @startOffset, @endBlock, @endOffset,
             @quote, @prefix, @suffix, @color, @style, @note, @createdAt, @updatedAt)`,
  );
  const update = ctx.db.prepare(
    'UPDATE annotations SET color = @color, style = @style, note = @note, updated_at = @updatedAt, deleted_at = NULL WHERE id = @id',
  );
  const touched: string[] = [];
  const docsToPlace = new Set<number>();
  ctx.db.transaction(() => {
    for (const a of pack.annotations) {
      const home = local.get(a.document);
      if (!home) throw new ReaderError('bad_pack', `Annotation ${a.uuid} names an unknown document`, '批注包内容不完整：批注引用了不存在的文档');
      const known = existing.get(a.uuid) as { id: number; updated_at: string } | undefined;
      if (known && known.updated_at >= a.updatedAt) {
        result.unchanged++;
        continue;
      }
      let id: number;
      if (known) {
        update.run({ id: known.id, color: a.color, style: a.style, note: a.note, updatedAt: a.updatedAt });
        id = known.id;
        result.updated++;
      } else {
        const block = (p: typeof a.start) =>
          p && home.docId !== null ? ((blockAt.get(home.docId, p.seq) as { id: number } | undefined)?.id ?? null) : null;
        const info = insert.run({
          uuid: a.uuid,
          docId: home.docId,
          title: home.doc.title,
          hash: home.doc.contentHash,
          startBlock: block(a.start),
          startOffset: a.start?.offset ?? 0,
          endBlock: block(a.end),
          endOffset: a.end?.offset ?? 0,
          quote: a.quote,
          prefix: a.prefix,
          suffix: a.suffix,
          color: a.color,
          style: a.style,
          note: a.note,
          createdAt: a.createdAt,
          updatedAt: a.updatedAt,
        });
        id = Number(info.lastInsertRowid);
        result.added++;
      }
      setTags(ctx, id, a.tags);
      touched.push(a.uuid);
      if (home.docId !== null) docsToPlace.add(home.docId);
    }
    // Block order from another library is only a hint: every new annotation is checked against its quote.
    for (const docId of docsToPlace) refreshDocument(ctx, docId);
    faultPoint('annotation-pack');
  })();
  result.detached = (
    ctx.db
      .prepare(
        `SELECT count(*) AS n FROM annotations WHERE uuid IN (SELECT value FROM json_each(?))
         AND (doc_id IS NULL OR anchor_status = 'detached')`,
      )
      .get(JSON.stringify(touched)) as { n: number }
  ).n;
  return result;
}
