import { ReaderError } from '../../shared/errors';
import type { Block, DocumentDetail, DocumentSummary, Original, TocEntry } from '../../shared/types';
import type { CoreContext } from '../context';

export interface DocumentRow {
  id: number;
  title: string;
  source_name: string;
  issuer: string | null;
  doc_number: string | null;
  issued_on: string | null;
  kind: string | null;
  chars: number;
  block_count: number;
  imported_at: string;
  work_id: number | null;
  completeness: number | null;
  cleanups: string;
  encoding: string;
  format: string;
}

const SELECT_DOCUMENT = `
  SELECT d.*, (SELECT count(*) FROM blocks b WHERE b.doc_id = d.id) AS block_count
  FROM documents d WHERE d.deleted_at IS NULL`;

export function toSummary(r: DocumentRow): DocumentSummary {
  return {
    id: r.id,
    title: r.title,
    source: r.source_name,
    issuer: r.issuer,
    docNumber: r.doc_number,
    issuedOn: r.issued_on,
    kind: r.kind,
    chars: r.chars,
    blockCount: r.block_count,
    importedAt: r.imported_at,
    workId: r.work_id,
    completeness: r.completeness,
  };
}

export function listDocuments({ db }: CoreContext): DocumentSummary[] {
  return (db.prepare(`${SELECT_DOCUMENT} ORDER BY d.id`).all() as DocumentRow[]).map(toSummary);
}

export function requireDocument({ db }: CoreContext, docId: number): DocumentDetail {
  const row = db.prepare(`${SELECT_DOCUMENT} AND d.id = ?`).get(docId) as DocumentRow | undefined;
  if (!row) throw new ReaderError('not_found', `No document with id ${docId}`, `找不到编号为 ${docId} 的文档`);
  return { ...toSummary(row), cleanups: JSON.parse(row.cleanups), encoding: row.encoding, format: row.format };
}

export function getBlocks(ctx: CoreContext, docId: number): Block[] {
  requireDocument(ctx, docId);
  return ctx.db
    .prepare('SELECT id AS blockId, kind, level, text FROM blocks WHERE doc_id = ? ORDER BY seq')
    .all(docId) as Block[];
}

export function getToc(ctx: CoreContext, docId: number): TocEntry[] {
  requireDocument(ctx, docId);
  return ctx.db
    .prepare("SELECT id AS blockId, level, text AS title FROM blocks WHERE doc_id = ? AND kind = 'heading' ORDER BY seq")
    .all(docId) as TocEntry[];
}

export function getOriginal(ctx: CoreContext, docId: number): Original {
  const doc = requireDocument(ctx, docId);
  const row = ctx.db.prepare('SELECT text FROM originals WHERE doc_id = ?').get(docId) as { text: string };
  return { docId, text: row.text, encoding: doc.encoding, format: doc.format };
}
