import type BetterSqlite3 from 'better-sqlite3';
import type { Cleanup } from '../../shared/types';
import type { CoreContext } from '../context';
import type { Db } from '../db/open-database';
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
  cleanups?: Cleanup[];
}

interface Statements {
  document: BetterSqlite3.Statement;
  original: BetterSqlite3.Statement;
  block: BetterSqlite3.Statement;
}
const statements = new WeakMap<Db, Statements>();

function prepared(db: Db): Statements {
  let s = statements.get(db);
  if (!s) {
    s = {
      document: db.prepare(
        `INSERT INTO documents (title, source_name, source_path, content_hash, issuer, doc_number, issued_on, kind,
                                format, encoding, chars, cleanups)
         VALUES (@title, @sourceName, @sourcePath, @contentHash, @issuer, @docNumber, @issuedOn, @kind,
                 @format, @encoding, @chars, @cleanups)`,
      ),
      original: db.prepare('INSERT INTO originals (doc_id, text, bytes) VALUES (?, ?, ?)'),
      block: db.prepare('INSERT INTO blocks (doc_id, seq, kind, level, text) VALUES (?, ?, ?, ?, ?)'),
    };
    statements.set(db, s);
  }
  return s;
}

/** Insert a document with its original and its blocks. Callers run it inside a transaction. */
export function storeDocument({ db }: CoreContext, rec: DocumentRecord): number {
  const s = prepared(db);
  const chars = rec.blocks.reduce((n, b) => n + b.text.length, 0);
  const info = s.document.run({
    title: rec.title,
    sourceName: rec.sourceName,
    sourcePath: rec.sourcePath,
    contentHash: rec.contentHash,
    issuer: rec.issuer ?? null,
    docNumber: rec.docNumber ?? null,
    issuedOn: rec.issuedOn ?? null,
    kind: rec.kind ?? null,
    format: rec.source.format,
    encoding: rec.source.encoding,
    chars,
    cleanups: JSON.stringify(rec.cleanups ?? []),
  });
  const docId = Number(info.lastInsertRowid);
  // The original bytes are only worth keeping when the text was extracted from them (Word, PDF).
  s.original.run(docId, rec.source.text, rec.bytes);
  rec.blocks.forEach((b, seq) => s.block.run(docId, seq, b.kind, b.level, b.text));
  return docId;
}
