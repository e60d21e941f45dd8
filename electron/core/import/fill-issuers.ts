import type { CoreContext } from '../context';
import { issuerOfFolder, statedIssuer } from './law-issuer';

/** Set once the documents of a library imported before law-issuer.ts existed were read for their issuer. */
const FILLED_KEY = 'issuers_from_text_and_folders_1';
/** As many blocks as import reads lines for the note under a title (law-issuer.ts reads 16 lines)… */
const HEAD_BLOCKS = 16;
/** …and of each, what can hold the first 通过 or 令 (a note's first statement opens it). */
const BLOCK_CHARS = 600;

/**
 * A library imported before the passing body of laws was read: fill the issuer of each document that
 * has none (and whose metadata the user never edited) from what its first blocks state, or else from
 * its folder. Once per library (a key in settings), on the writer at opening: one query over the blocks index.
 * Returns how many documents got an issuer.
 */
export function fillStatedIssuersOnce(ctx: CoreContext): number {
  const { db } = ctx;
  if (db.prepare('SELECT 1 FROM settings WHERE key = ?').get(FILLED_KEY)) return 0;
  const heads = db
    .prepare(
      `SELECT d.id, d.title, substr(b.text, 1, ?), d.source_path FROM documents d JOIN blocks b ON b.doc_id = d.id AND b.seq < ?
       WHERE d.issuer IS NULL AND d.metadata_edited = 0 AND d.deleted_at IS NULL ORDER BY d.id, b.seq`,
    )
    .raw()
    .all(BLOCK_CHARS, HEAD_BLOCKS) as [number, string, string, string | null][];
  const update = db.prepare('UPDATE documents SET issuer = ? WHERE id = ? AND issuer IS NULL');
  let filled = 0;
  db.transaction(() => {
    for (let i = 0; i < heads.length; ) {
      const [id, title, , sourcePath] = heads[i]!;
      const lines: string[] = [];
      for (; i < heads.length && heads[i]![0] === id; i++) lines.push(...heads[i]![2].split('\n'));
      const issuer = statedIssuer(lines.map((l) => l.trim()).filter(Boolean), title) ?? issuerOfFolder(sourcePath);
      if (issuer) filled += update.run(issuer, id).changes;
    }
    db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run(FILLED_KEY, new Date().toISOString());
  })();
  return filled;
}
