import type { Cleanup } from '../../shared/types';
import type { CoreContext } from '../context';
import { statement } from '../db/statements';
import type { ParsedBlock } from './parse-structure';
import type { SourceText } from './source-file';

export interface DocumentRecord {
  title: string;
  sourceName: string;
  sourcePath: string | null;
  contentHash: string;
  source: SourceText;
  bytes: Buffer | null;
  blocks: ParsedBlock[];
  issuer?: string | null;
  docNumber?: string | null;
  issuedOn?: string | null;
  kind?: string | null;
  sourceKind?: string | null;
  cleanups?: Cleanup[];
}

const INSERT_DOCUMENT = `INSERT INTO documents (title, source_name, source_path, content_hash, issuer, doc_number, issued_on, kind, source_kind,
                                          format, encoding, chars, cleanups)
                   VALUES (@title, @sourceName, @sourcePath, @contentHash, @issuer, @docNumber, @issuedOn, @kind, @sourceKind,
                           @format, @encoding, @chars, @cleanups)`;
const INSERT_ORIGINAL = 'INSERT INTO originals (doc_id, text, bytes) VALUES (?, ?, ?)';
const INSERT_BLOCK = 'INSERT INTO blocks (doc_id, seq, kind, level, text) VALUES (?, ?, ?, ?, ?)';

/** Insert a document with its original and its blocks. Callers run it inside a transaction. */
export function storeDocument({ db }: CoreContext, rec: DocumentRecord): number {
  const chars = rec.blocks.reduce((n, b) => n + b.text.length, 0);
  const info = statement(db, INSERT_DOCUMENT).run({
    title: rec.title,
    sourceName: rec.sourceName,
    sourcePath: rec.sourcePath,
    contentHash: rec.contentHash,
    issuer: rec.issuer ?? null,
    docNumber: rec.docNumber ?? null,
    issuedOn: rec.issuedOn ?? null,
    kind: rec.kind ?? null,
    sourceKind: rec.sourceKind ?? null,
    format: rec.source.format,
    encoding: rec.source.encoding,
    chars,
    cleanups: JSON.stringify(rec.cleanups ?? []),
  });
  const docId = Number(info.lastInsertRowid);
  // The original bytes are only worth keeping when the text was extracted from them (Word, PDF).
  statement(db, INSERT_ORIGINAL).run(docId, rec.source.text, rec.bytes);
  const insertBlock = statement(db, INSERT_BLOCK);
  rec.blocks.forEach((b, seq) => insertBlock.run(docId, seq, b.kind, b.level, b.text));
  return docId;
}
