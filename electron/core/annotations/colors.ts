import type { AnnotationColor, ColorMeaning } from '../../shared/annotation-types';
import type { CoreContext } from '../context';

export function getColors({ db }: CoreContext): ColorMeaning[] {
  return db.prepare('SELECT color, hex, meaning FROM annotation_colors ORDER BY position').all() as ColorMeaning[];
}

export function setColorMeaning(ctx: CoreContext, color: AnnotationColor, meaning: string): ColorMeaning[] {
  ctx.db.prepare('UPDATE annotation_colors SET meaning = ? WHERE color = ?').run(meaning, color);
  return getColors(ctx);
}
