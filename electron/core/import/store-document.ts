import type { CoreContext } from '../context';
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
  cleanups?: { code: string; count: number }[];
}

/** Insert a document with its original and its blocks. Callers run it inside a transaction. */
export function storeDocument({ db }: CoreContext, rec: DocumentRecord): number {
  const chars = rec.blocks.reduce((n, b) => n + b.text.length, 0);
  const info = db
    .prepare(
      `INSERT INTO documents (title, source_name, source_path, content_hash, issuer, doc_number, issued_on, kind,
                              format, encoding, chars, cleanups)
       VALUES (@title, @sourceName, @sourcePath, @contentHash, @issuer, @docNumber, @issuedOn, @kind,
               @format, @encoding, @chars, @cleanups)`,
    )
    .run({
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
  db.prepare('INSERT INTO originals (doc_id, text, bytes) VALUES (?, ?, ?)').run(docId, rec.source.text, rec.bytes);
  const insertBlock = db.prepare('INSERT INTO blocks (doc_id, seq, kind, level, text) VALUES (?, ?, ?, ?, ?)');
  rec.blocks.forEach((b, seq) => insertBlock.run(docId, seq, b.kind, b.level, b.text));
  return docId;
}
