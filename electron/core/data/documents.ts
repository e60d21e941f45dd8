import { ReaderError } from '../../shared/errors';
import type { DocumentDetail, DocumentSummary } from '../../shared/types';
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';

// The documents table's reads and its one "must exist" check.

export interface DocumentRow {
  id: number;
  title: string;
  source_name: string;
  issuer: string | null;
  doc_number: string | null;
  issued_on: string | null;
  effective_on?: string | null;
  kind: string | null;
  source_kind: string | null;
  /** 文集 names joined by U+001F, or null. */
  collections: string | null;
  chars: number;
  block_count: number;
  imported_at: string;
  work_id: number | null;
  completeness: number | null;
  cleanups: string;
  encoding: string;
  format: string;
}

export type DeletedRow = DocumentRow & { deleted_at: string };

const SELECT_WITH_COUNT = `SELECT d.*, (SELECT count(*) FROM blocks b WHERE b.doc_id = d.id) AS block_count,
  (SELECT group_concat(c.name, char(31)) FROM document_collections c WHERE c.doc_id = d.id) AS collections FROM documents d`;

export function toSummary(r: DocumentRow): DocumentSummary {
  return {
    id: r.id,
    title: r.title,
    source: r.source_name,
    issuer: r.issuer,
    docNumber: r.doc_number,
    issuedOn: r.issued_on,
    kind: r.kind,
    sourceKind: r.source_kind,
    collections: r.collections ? r.collections.split('\u001f').sort((a, b) => a.localeCompare(b, 'zh-CN')) : [],
    chars: r.chars,
    blockCount: r.block_count,
    importedAt: r.imported_at,
    workId: r.work_id,
    completeness: r.completeness,
    ...(r.effective_on ? { effectiveOn: r.effective_on } : {}),
  };
}

/** The documents in the library (not in the recycle bin), by id. */
export function liveDocumentRows(db: Db): DocumentRow[] {
  return db.prepare(`${SELECT_WITH_COUNT} WHERE d.deleted_at IS NULL ORDER BY d.id`).all() as DocumentRow[];
}

export function deletedDocumentRows(db: Db): DeletedRow[] {
  return db.prepare(`${SELECT_WITH_COUNT} WHERE d.deleted_at IS NOT NULL ORDER BY d.deleted_at DESC`).all() as DeletedRow[];
}

export function deletedDocumentRow(db: Db, docId: number): DeletedRow | undefined {
  return db.prepare(`${SELECT_WITH_COUNT} WHERE d.deleted_at IS NOT NULL AND d.id = ?`).get(docId) as DeletedRow | undefined;
}

/** The live document with this content (sha256 of its file), the oldest if several: an import of it again is a duplicate. */
export function liveDocumentWithContent(db: Db, contentHash: string): { id: number; title: string } | undefined {
  return statement(db, 'SELECT id, title FROM documents WHERE content_hash = ? AND deleted_at IS NULL ORDER BY id').get(contentHash) as
    | { id: number; title: string }
    | undefined;
}

/** A document in the library, or the one not_found error every door shows. */
export function requireDocument(db: Db, docId: number): DocumentDetail {
  const row = db.prepare(`${SELECT_WITH_COUNT} WHERE d.deleted_at IS NULL AND d.id = ?`).get(docId) as DocumentRow | undefined;
  if (!row) throw new ReaderError('not_found', `No document with id ${docId}`, `找不到编号为 ${docId} 的文档`);
  return { ...toSummary(row), cleanups: JSON.parse(row.cleanups), encoding: row.encoding, format: row.format };
}
