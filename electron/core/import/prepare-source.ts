import path from 'node:path';
import { ReaderError, toErrorInfo } from '../../shared/errors';
import type { ErrorInfo } from '../../shared/types';
import { contentHashOf } from '../content-hash';
import { packOriginal } from '../data/original-delta';
import { readingText } from '../data/originals';
import { searchRows, type SearchRows } from '../search/search-rows';
import { isLinkIndex } from './link-index';
import { extractMetadata, type DocumentMetadata } from './metadata';
import { parseStructure, type ParsedDocument } from './parse-structure';
import { decodeSource, readSourceFile, type SourceText } from './source-file';
import { fingerprintHashes } from './versions-fingerprint';

// Everything an import works out from a file before it touches the library: clean-up, structure,
// metadata, the packed original, the fingerprint and the search rows. No database here, so it runs as
// well in an import's worker thread (prepare-worker.ts) as in the library's own.

/** A source file made ready to store (store-document.ts, versions.ts, the search index). */
export interface PreparedSource {
  name: string;
  format: string;
  encoding: string;
  parsed: ParsedDocument;
  meta: DocumentMetadata;
  packedOriginal: Buffer;
  /** The file's bytes, kept for Word and PDF (their text was extracted from them); null otherwise. */
  bytes: Buffer | null;
  fingerprint: Int32Array;
  search: SearchRows;
  /** The source, for placing its pictures; null when it has none. */
  withImages: SourceText | null;
}

/** Work out what a file's decoded text gives. Throws a ReaderError for a text that cannot be imported. */
export function prepareSource(name: string, source: SourceText, bytes: Buffer): PreparedSource {
  const parsed = parseStructure(source.text, path.parse(name).name, source.layout, source.lineLayout);
  if (parsed.blocks.length === 0) {
    throw new ReaderError('empty', 'The file contains no text besides page furniture', '文件中除页眉、页码等版面元素外没有正文');
  }
  if (source.format === 'md' && isLinkIndex(source.text)) {
    throw new ReaderError('index_only', 'Skipped: the file only lists links to other files (an index), it has no text of its own', '已跳过：该文件只是指向其他文件的链接列表（索引），没有自己的正文');
  }
  const reading = readingText(parsed.blocks.map((b) => b.text));
  return {
    name,
    format: source.format,
    encoding: source.encoding,
    parsed,
    meta: extractMetadata(source.text, parsed.blocks, name),
    packedOriginal: packOriginal(source.text, reading),
    bytes: source.format === 'docx' || source.format === 'pdf' ? bytes : null,
    fingerprint: fingerprintHashes(reading),
    search: searchRows(parsed.blocks),
    withImages: source.images?.length ? source : null,
  };
}

/** A text file (.txt, .md, .html) read and prepared; an error says why it cannot be imported. */
export type PreparedFile =
  | { ok: true; contentHash: string; size: number; prepared: PreparedSource }
  | { ok: false; contentHash: string | null; error: ErrorInfo };

/** Text files are read into one buffer, one after another: the prepared source keeps no view of it. */
const scratch = { buffer: Buffer.allocUnsafeSlow(1 << 20) };

export function prepareTextFile(file: string): PreparedFile {
  let contentHash: string | null = null;
  try {
    const { name, bytes } = readSourceFile(file, scratch);
    contentHash = contentHashOf(bytes);
    return { ok: true, contentHash, size: bytes.length, prepared: prepareSource(name, decodeSource(name, bytes, path.dirname(path.resolve(file))), bytes) };
  } catch (err) {
    return { ok: false, contentHash, error: toErrorInfo(err) };
  }
}
