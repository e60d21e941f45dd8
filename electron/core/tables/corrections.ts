import type { TargetRow, TaskRow } from '../../shared/table-types';
import type { Db } from '../db/open-database';
import type { BlockRow } from '../data/blocks';
import { buildDocText, fromGlobal } from '../annotations/doc-text';
import { fuzzyFind } from '../annotations/fuzzy-match';

type TableKind = 'targets' | 'tasks';

interface CorrectionRow {
  doc_title: string;
  block_text: string;
  ordinal: number;
  row_json: string | null;
}

/** Block text as a correction is matched by: the same words, whatever the spacing and character widths. */
function anchorText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/**
 * The corrections that may apply, by anchor: those made on a document of this title first, then those made on
 * any other document where the same paragraph reads the same (a re-import under another title, another copy).
 * Also the ones made on this title, for finding a paragraph whose wording changed a little.
 */
function correctionsOf(db: Db, title: string, kind: TableKind): { byAnchor: Map<string, string | null>; own: CorrectionRow[] } {
  const rows = db.prepare('SELECT doc_title, block_text, ordinal, row_json FROM table_corrections WHERE table_kind = ? ORDER BY updated_at, id').all(kind) as CorrectionRow[];
  const byAnchor = new Map<string, string | null>();
  const ownKeys = new Set<string>();
  for (const r of rows) {
    const key = `${r.block_text}\u0000${r.ordinal}`;
    if (r.doc_title === title) ownKeys.add(key);
    else if (ownKeys.has(key)) continue;
    byAnchor.set(key, r.row_json);
  }
  return { byAnchor, own: rows.filter((r) => r.doc_title === title) };
}

/** How alike a paragraph must read to take a correction made on its earlier wording (as annotations re-attach). */
const FUZZY_SIMILARITY = 0.85;

/**
 * Where corrections of this document whose paragraph no longer reads the same now belong: the paragraph most
 * like the old one, if it is that alike and about as long. Keys as in correctionsOf.
 */
function reanchored(own: readonly CorrectionRow[], anchors: readonly string[], byAnchor: ReadonlyMap<string, string | null>): Map<string, string | null> {
  const present = new Set(anchors);
  const lost = own.filter((r) => !present.has(r.block_text));
  const found = new Map<string, string | null>();
  if (lost.length === 0) return found;
  const doc = buildDocText(0, anchors.map((text, i) => ({ id: i, seq: i, kind: 'paragraph', level: 0, text })));
  for (const r of lost) {
    const match = fuzzyFind(doc.text, r.block_text);
    if (!match || match.similarity < FUZZY_SIMILARITY) continue;
    const anchor = anchors[fromGlobal(doc, (match.start + match.end) >> 1).index]!;
    const key = `${anchor}\u0000${r.ordinal}`;
    if (Math.abs(anchor.length - r.block_text.length) > r.block_text.length * (1 - FUZZY_SIMILARITY) || byAnchor.has(key)) continue;
    found.set(key, r.row_json);
  }
  return found;
}

/** The place of each row among the rows read from the same block. */
function ordinals(rows: readonly { blockId: number }[]): number[] {
  const seen = new Map<number, number>();
  return rows.map((r) => {
    const n = seen.get(r.blockId) ?? 0;
    seen.set(r.blockId, n + 1);
    return n;
  });
}

/** Extracted rows with the user's corrections put in (and the rows the user took out left out). */
export function applyCorrections<T extends TargetRow | TaskRow>(db: Db, title: string, kind: TableKind, blocks: readonly BlockRow[], rows: T[]): T[] {
  const places = ordinals(rows);
  const placed = rows.map((row, i) => ({ ...row, ordinal: places[i]! }));
  const { byAnchor, own } = correctionsOf(db, title, kind);
  if (byAnchor.size === 0) return placed;
  const textOf = new Map(blocks.map((b) => [b.id, anchorText(b.text)]));
  const corrections = new Map([...byAnchor, ...reanchored(own, [...textOf.values()], byAnchor)]);
  const out: T[] = [];
  for (const row of placed) {
    const key = `${textOf.get(row.blockId) ?? ''}\u0000${row.ordinal}`;
    if (!corrections.has(key)) out.push(row);
    else {
      const json = corrections.get(key);
      if (json) out.push({ ...row, ...(JSON.parse(json) as Partial<T>), corrected: true });
    }
  }
  return out;
}

/** Keep (or replace) a correction; `fields` null takes the row out of the table. */
export function saveCorrection(db: Db, title: string, kind: TableKind, blockText: string, ordinal: number, fields: object | null): void {
  db.prepare(
    `INSERT INTO table_corrections (doc_title, table_kind, block_text, ordinal, row_json) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (doc_title, table_kind, block_text, ordinal)
     DO UPDATE SET row_json = excluded.row_json, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
  ).run(title, kind, anchorText(blockText), ordinal, fields === null ? null : JSON.stringify(fields));
}

export function resetCorrections(db: Db, title: string, kind: TableKind): number {
  return db.prepare('DELETE FROM table_corrections WHERE doc_title = ? AND table_kind = ?').run(title, kind).changes;
}
