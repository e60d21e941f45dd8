import type { MetadataPatch, Versions } from '../../shared/import-types';
import type { CoreContext } from '../context';
import { requireDocument } from '../data/documents';
import { regroupLibrary } from './versions';

const COLUMNS: Record<keyof MetadataPatch, string> = { title: 'title', issuer: 'issuer', docNumber: 'doc_number', issuedOn: 'issued_on' };


/** Apply the user's corrections to a document's metadata. */
export function updateMetadata(ctx: CoreContext, docId: number, patch: MetadataPatch): void {
  requireDocument(ctx.db, docId);
  const sets: string[] = [];
  const values: (string | null)[] = [];
  for (const key of Object.keys(COLUMNS) as (keyof MetadataPatch)[]) {
    if (patch[key] === undefined) continue;
    const value = patch[key];
    sets.push(`${COLUMNS[key]} = ?`);
    values.push(value === null || value === '' ? null : value);
  }
  if (sets.length === 0) return;
  ctx.db.prepare(`UPDATE documents SET ${sets.join(', ')}, metadata_edited = 1 WHERE id = ?`).run(...values, docId);
}

export function getVersions(ctx: CoreContext, docId: number): Versions {
  requireDocument(ctx.db, docId);
  // A library from before versions existed is grouped the first time anyone asks.
  if (ctx.db.prepare('SELECT 1 FROM documents WHERE fingerprint_count = 0 AND chars >= 200 AND deleted_at IS NULL LIMIT 1').get()) {
    regroupLibrary(ctx);
  }
  const doc = ctx.db.prepare('SELECT id, title, work_id FROM documents WHERE id = ?').get(docId) as { id: number; title: string; work_id: number | null };
  const rows = ctx.db
    .prepare(
      `SELECT id AS docId, title, source_name AS source, kind, source_kind AS sourceKind, issued_on AS issuedOn, chars, coalesce(completeness, 1) AS completeness
       FROM documents WHERE deleted_at IS NULL AND (id = ? OR (work_id IS NOT NULL AND work_id = ?))
       ORDER BY completeness DESC, id`,
    )
    .all(docId, doc.work_id ?? -1) as Versions['versions'];
  const work = doc.work_id ? (ctx.db.prepare('SELECT title FROM works WHERE id = ?').get(doc.work_id) as { title: string } | undefined) : undefined;
  return { workId: doc.work_id, workTitle: work?.title || doc.title, versions: rows };
}
