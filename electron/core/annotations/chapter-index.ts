import { chapterPathsOf, headingAtOrBefore, withoutTitle } from '../../shared/chapter-path';
import type { CoreContext } from '../context';
import { headingsInOrder } from '../data/blocks';

/** Chapter paths of one document's blocks (the rule: shared/chapter-path.ts), answered by block seq from its headings alone. */
export interface ChapterIndex {
  pathAt(seq: number): string[];
}

export function chapterIndex({ db }: CoreContext, docId: number): ChapterIndex {
  const title = (db.prepare('SELECT title FROM documents WHERE id = ?').get(docId) as { title: string } | undefined)?.title;
  const headings = headingsInOrder(db, docId);
  // Shown beside the document's title, so a heading repeating it is left out.
  const paths = chapterPathsOf(headings).map((path) =>
    withoutTitle(
      path.map((h) => h.text),
      title,
    ),
  );
  return {
    pathAt(seq) {
      const found = headingAtOrBefore(headings, seq);
      return found < 0 ? [] : paths[found]!;
    },
  };
}
