// Reading a course pack without trusting it: sizes checked before anything is inflated (core/limits),
// entry names checked, every JSON validated against pack-schema.ts and every reference resolved.
// Nothing is written here; opening (pack-open.ts) starts only once the whole pack has passed.
import { contentHashOf } from '../content-hash';
import type { z } from 'zod';
import { parsePack, type AnnotationPack } from '../annotations/annotation-pack';
import { ReaderError } from '../../shared/errors';
import { checkZipDirectory, inflateEntry, readZipDirectory, type ZipEntryInfo } from '../limits/zip-guard';
import {
  COURSE_PACK_FORMAT,
  COURSE_PACK_LIMITS,
  COURSE_PACK_VERSION,
  manifestSchema,
  MAX_PACK_BYTES,
  packDocumentSchema,
  packHeaderSchema,
  pathsSchema,
  type PackDocument,
  type PackManifest,
  type PackPath,
} from './pack-schema';

export interface ParsedCoursePack {
  manifest: PackManifest;
  documents: { doc: PackDocument; original: Buffer | null }[];
  /** The annotation pack's JSON text (merged by core/annotations/annotation-pack.ts) and its parsed form. */
  annotationsText: string;
  annotations: AnnotationPack;
  paths: PackPath[];
  bytes: number;
}

export function badCoursePack(detail: string, zh: string): ReaderError {
  return new ReaderError('bad_pack', `Not a usable course pack: ${detail}`, `课程包无法使用：${zh}`);
}

/** Entry names the format has; anything else (a `..` path, an absolute one, a stray file) refuses the pack. */
const ENTRY_NAME = /^(manifest\.json|annotations\.json|paths\.json|documents\/d\d{1,4}\.(json|orig))$/;

function entryMap(bytes: Buffer): Map<string, ZipEntryInfo> {
  const entries = readZipDirectory(bytes);
  checkZipDirectory(entries, COURSE_PACK_LIMITS);
  const map = new Map<string, ZipEntryInfo>();
  for (const e of entries) {
    if (e.name === 'documents/') continue;
    if (!ENTRY_NAME.test(e.name)) {
      const hostile = e.name.includes('..') || e.name.startsWith('/') || e.name.includes('\\') || /^[a-z]:/i.test(e.name);
      throw badCoursePack(
        hostile ? `it holds an entry with an unsafe path (${JSON.stringify(e.name)})` : `it holds an unexpected entry ${JSON.stringify(e.name)}`,
        hostile ? `包含不安全的路径（${e.name}）` : `包含未知条目（${e.name}）`,
      );
    }
    if (map.has(e.name)) throw badCoursePack(`the entry ${e.name} appears twice`, `条目 ${e.name} 重复`);
    map.set(e.name, e);
  }
  return map;
}

function readJson<S extends z.ZodType>(bytes: Buffer, entries: Map<string, ZipEntryInfo>, name: string, schema: S): z.output<S> {
  const text = readText(bytes, entries, name);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw badCoursePack(`${name} is not valid JSON`, `${name} 不是有效的 JSON`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = [name, ...issue.path].join('.');
    throw badCoursePack(`${where}: ${issue.message}`, `${where}：${issue.message}`);
  }
  return parsed.data;
}

function readText(bytes: Buffer, entries: Map<string, ZipEntryInfo>, name: string): string {
  const entry = entries.get(name);
  if (!entry) throw badCoursePack(`${name} is missing`, `缺少 ${name}`);
  return inflateEntry(bytes, entry).toString('utf8');
}

function checkHeader(bytes: Buffer, entries: Map<string, ZipEntryInfo>): void {
  const header = readJson(bytes, entries, 'manifest.json', packHeaderSchema);
  if (header.format !== COURSE_PACK_FORMAT) {
    throw badCoursePack(`manifest.json names the format ${JSON.stringify(header.format)}`, '不是政策阅读器的课程包');
  }
  if (header.version > COURSE_PACK_VERSION) {
    throw new ReaderError(
      'pack_too_new',
      `This course pack was made by a newer version of Policy Reader (pack format ${header.version}, this version reads up to ${COURSE_PACK_VERSION}). Update the app to open it.`,
      `此课程包由更新版本的政策阅读器制作（格式版本 ${header.version}，本版本最高支持 ${COURSE_PACK_VERSION}），请升级应用后再打开。`,
    );
  }
}

/** Check that every stop names a document of the pack and a block it has, and every selection lies in its block. */
function checkPaths(paths: PackPath[], documents: Map<string, PackDocument>): void {
  for (const [p, path] of paths.entries()) {
    for (const [i, s] of path.stops.entries()) {
      const where = `paths.${p}.stops.${i}`;
      const sides: [string | null, number | null][] = [[s.document, s.seq], [s.document2, s.seq2]];
      for (const [key, seq] of sides) {
        if (key === null && seq === null) continue;
        const doc = key === null ? undefined : documents.get(key);
        if (!doc || seq === null || seq >= doc.blocks.length) throw badCoursePack(`${where} names a passage the pack does not hold`, `${where} 引用了课程包中没有的段落`);
      }
      if ((s.kind === 'comparison') !== (s.document2 !== null)) throw badCoursePack(`${where}: only a comparison has a second passage`, `${where}：只有对照站点才有第二段文字`);
      const block = documents.get(s.document)!.blocks[s.seq]!;
      if (s.kind === 'chapter' && block.kind !== 'heading') throw badCoursePack(`${where}: a chapter stop must start at a heading`, `${where}：章节站点必须从标题开始`);
      if ((s.startOffset === null) !== (s.endOffset === null) || (s.startOffset !== null && (s.startOffset >= s.endOffset! || s.endOffset! > block.text.length))) {
        throw badCoursePack(`${where}: the selection is not inside its block`, `${where}：选区不在段落之内`);
      }
    }
  }
}

/** Read and validate a whole pack; throws a ReaderError naming the first problem. Writes nothing. */
export function readCoursePack(bytes: Buffer): ParsedCoursePack {
  if (bytes.length > MAX_PACK_BYTES) {
    throw new ReaderError('too_large', `The course pack is ${Math.round(bytes.length / 1048576)} MB; the limit is ${MAX_PACK_BYTES / 1048576} MB`, '课程包过大');
  }
  const entries = entryMap(bytes);
  checkHeader(bytes, entries);
  const manifest = readJson(bytes, entries, 'manifest.json', manifestSchema);
  const documents = manifest.documents.map(({ key, original }) => {
    const doc = readJson(bytes, entries, `documents/${key}.json`, packDocumentSchema);
    if (doc.key !== key) throw badCoursePack(`documents/${key}.json calls itself ${doc.key}`, `documents/${key}.json 的编号不一致`);
    const orig = original ? entries.get(`documents/${key}.orig`) : undefined;
    if (original && !orig) throw badCoursePack(`documents/${key}.orig is missing`, `缺少 documents/${key}.orig`);
    const originalBytes = orig ? inflateEntry(bytes, orig) : null;
    if (originalBytes && contentHashOf(originalBytes) !== doc.contentHash) {
      throw badCoursePack(`the original of ${doc.title} does not match its content hash`, `《${doc.title}》的原始文件与其内容校验值不符`);
    }
    return { doc, original: originalBytes };
  });
  const byKey = new Map(documents.map((d) => [d.doc.key, d.doc]));
  if (byKey.size !== documents.length) throw badCoursePack('a document key appears twice in the manifest', '清单中文档编号重复');
  const paths = readJson(bytes, entries, 'paths.json', pathsSchema);
  checkPaths(paths, byKey);
  const annotationsText = readText(bytes, entries, 'annotations.json');
  let annotations: AnnotationPack;
  try {
    annotations = parsePack(annotationsText);
  } catch (err) {
    throw badCoursePack(`annotations.json: ${(err as Error).message}`, `annotations.json：${(err as ReaderError).messageZh ?? ''}`);
  }
  return { manifest, documents, annotationsText, annotations, paths, bytes: bytes.length };
}
