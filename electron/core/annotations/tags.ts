import type { TagCount } from '../../shared/annotation-types';
import type { CoreContext } from '../context';

/** Tags as the user typed them, trimmed, without duplicates, order kept. */
export function cleanTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim().replace(/^#/, '')).filter((t) => t !== ''))];
}

/** Replace an annotation's tags. Callers run it inside their transaction. */
export function setTags({ db }: CoreContext, annotationId: number, tags: readonly string[]): void {
  db.prepare('DELETE FROM annotation_tags WHERE annotation_id = ?').run(annotationId);
  const insertTag = db.prepare('INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING');
  const link = db.prepare('INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id) SELECT ?, id FROM tags WHERE name = ?');
  for (const name of cleanTags(tags)) {
    insertTag.run(name);
    link.run(annotationId, name);
  }
  db.prepare('DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM annotation_tags)').run();
}

export function tagsByAnnotation({ db }: CoreContext, annotationIds: number[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  if (annotationIds.length === 0) return out;
  const rows = db
    .prepare(
      `SELECT at.annotation_id AS id, t.name FROM annotation_tags at JOIN tags t ON t.id = at.tag_id
       WHERE at.annotation_id IN (SELECT value FROM json_each(?)) ORDER BY at.rowid`,
    )
    .all(JSON.stringify(annotationIds)) as { id: number; name: string }[];
  for (const r of rows) out.set(r.id, [...(out.get(r.id) ?? []), r.name]);
  return out;
}

export function listTags({ db }: CoreContext): TagCount[] {
  return db
    .prepare(
      `SELECT t.name, count(*) AS count FROM tags t
       JOIN annotation_tags at ON at.tag_id = t.id
       JOIN annotations a ON a.id = at.annotation_id AND a.deleted_at IS NULL
       GROUP BY t.id ORDER BY count DESC, t.name`,
    )
    .all() as TagCount[];
}
