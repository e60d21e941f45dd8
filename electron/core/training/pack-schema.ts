// The course pack format (.prpack): a zip holding manifest.json, documents/<key>.json (+ .orig, the
// original bytes of a Word or PDF file), annotations.json (an annotation pack, core/annotations/annotation-pack.ts)
// and paths.json. Every field is limited as the API limits it: a pack can bring nothing the app could not make.
import { z } from 'zod';
import { MAX_PACK_BYTES, MAX_STOPS, pathFields } from '../../shared/api/training';
import type { ZipLimits } from '../limits/zip-guard';

export const COURSE_PACK_FORMAT = 'policy-reader-course-pack';
/** The version this build writes and the newest it reads. */
export const COURSE_PACK_VERSION = 1;

/** A whole pack unpacks to at most 200 MB; no single entry to more than 64 MB (a document's JSON, its original). */
export const COURSE_PACK_LIMITS: ZipLimits = {
  maxEntries: 2_000,
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 200 * 1024 * 1024,
  maxRatio: 200,
};
export { MAX_PACK_BYTES };
export const MAX_PACK_DOCUMENTS = 500;

const key = z.string().regex(/^d\d{1,4}$/, 'a document key like d1');
const shortText = z.string().max(500).nullable();
const seq = z.number().int().min(0).max(10_000_000);

/** Only the two fields every version keeps: read first, so a newer pack is told apart from a broken one. */
export const packHeaderSchema = z.object({ format: z.string().max(100), version: z.number().int().positive() });

export const manifestSchema = z
  .object({
    format: z.literal(COURSE_PACK_FORMAT),
    version: z.literal(COURSE_PACK_VERSION),
    packId: z.string().regex(/^[\w-]{8,64}$/, 'a pack id of 8–64 letters, digits, - or _'),
    title: pathFields.pathTitle,
    createdAt: z.string().max(64),
    app: z.string().max(64),
    documents: z.array(z.object({ key, original: z.boolean() }).strict()).max(MAX_PACK_DOCUMENTS),
  })
  .strict();
export type PackManifest = z.infer<typeof manifestSchema>;

export const packDocumentSchema = z
  .object({
    key,
    title: z.string().min(1).max(500),
    sourceName: z.string().min(1).max(255),
    contentHash: z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in hex'),
    issuer: shortText,
    docNumber: shortText,
    issuedOn: shortText,
    /** 施行日期; packs made before it existed have none. */
    effectiveOn: shortText.optional(),
    kind: shortText,
    format: z.string().min(1).max(20),
    encoding: z.string().min(1).max(40),
    cleanups: z.array(z.object({ code: z.string().max(64), count: z.number().int().min(0) }).strict()).max(100),
    /** Title, issuer, 文号 or date corrected by hand: kept when the text is read again. */
    metadataEdited: z.boolean(),
    /** The original text exactly as read. */
    text: z.string().max(60_000_000),
    blocks: z
      .array(
        z
          .object({ kind: z.enum(['heading', 'paragraph']), level: z.number().int().min(0).max(20), text: z.string().max(1_000_000) })
          .strict(),
      )
      .min(1)
      .max(500_000),
  })
  .strict();
export type PackDocument = z.infer<typeof packDocumentSchema>;

const packStop = z
  .object({
    kind: pathFields.kind,
    document: key,
    seq,
    startOffset: pathFields.offset.nullable(),
    endOffset: pathFields.offset.nullable(),
    document2: key.nullable(),
    seq2: seq.nullable(),
    title: pathFields.stopTitle,
    note: pathFields.stopNote,
  })
  .strict();
export type PackStop = z.infer<typeof packStop>;

export const pathsSchema = z
  .array(
    z
      .object({
        uuid: z.string().regex(/^[\w-]{8,64}$/),
        title: pathFields.pathTitle,
        stops: z.array(packStop).max(MAX_STOPS),
      })
      .strict(),
  )
  .max(50);
export type PackPath = z.infer<typeof pathsSchema>[number];
