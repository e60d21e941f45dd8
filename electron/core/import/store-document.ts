import type { Cleanup } from '../../shared/types';
import type { CoreContext } from '../context';
import { storeOriginal } from '../data/originals';
import { statement } from '../db/statements';
import type { ParsedBlock } from './parse-structure';

export interface DocumentRecord {
  title: string;
  sourceName: string;
  sourcePath: string | null;
  contentHash: string;
  format: string;
  encoding: string;
  /** The original text as packOriginal stores it (against the blocks' reading text). */
  packedOriginal: Buffer;
  /** The bytes the text was extracted from, for Word and PDF; null for text files. */
  bytes: Buffer | null;
  blocks: ParsedBlock[];
  issuer?: string | null;
  docNumber?: string | null;
  issuedOn?: string | null;
  effectiveOn?: string | null;
  kind?: string | null;
  sourceKind?: string | null;
  cleanups?: Cleanup[];
}

// The id is the next after the highest ever given (migration 013), never a purged document's.
const INSERT_DOCUMENT = `INSERT INTO documents (id, title, source_name, source_path, content_hash, issuer, doc_number, issued_on, effective_on,
                                          kind, source_kind, format, encoding, chars, cleanups)
                   VALUES ((SELECT last_id + 1 FROM id_high_water WHERE name = 'documents'), @title, @sourceName, @sourcePath, @contentHash,
                           @issuer, @docNumber, @issuedOn, @effectiveOn, @kind, @sourceKind, @format, @encoding, @chars, @cleanups)`;
/** Blocks go in this many rows per statement. */
const ROWS_PER_INSERT = 64;
const INSERT_BLOCKS = Array.from({ length: ROWS_PER_INSERT + 1 }, (_, rows) => `INSERT INTO blocks (doc_id, seq, kind, level, text) VALUES ${Array(rows).fill('(?, ?, ?, ?, ?)').join(', ')}`);

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
    effectiveOn: rec.effectiveOn ?? null,
    kind: rec.kind ?? null,
    sourceKind: rec.sourceKind ?? null,
    format: rec.format,
    encoding: rec.encoding,
    chars,
    cleanups: JSON.stringify(rec.cleanups ?? []),
  });
  const docId = Number(info.lastInsertRowid);
  storeOriginal(db, docId, rec.packedOriginal, rec.bytes);
  const params: unknown[] = [];
  for (let at = 0; at < rec.blocks.length; at += ROWS_PER_INSERT) {
    const rows = rec.blocks.slice(at, at + ROWS_PER_INSERT);
    params.length = 0;
    rows.forEach((b, k) => params.push(docId, at + k, b.kind, b.level, b.text));
    statement(db, INSERT_BLOCKS[rows.length]!).run(...params);
  }
  // Queued for the search index once here, not by a trigger per block (migration 015): this is the one
  // place blocks are inserted.
  statement(db, 'INSERT OR IGNORE INTO search_dirty (doc_id) VALUES (?)').run(docId);
  return docId;
}
