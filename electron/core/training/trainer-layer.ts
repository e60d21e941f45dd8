import type { TrainerLayerEntry } from '../../shared/training-types';
import type { CoreContext } from '../context';

/** The annotations that came with course packs (the trainer's layer), so a view can show or hide them apart. */
export function listTrainerAnnotations(ctx: CoreContext): TrainerLayerEntry[] {
  return ctx.db
    .prepare(
      `SELECT a.uuid, t.pack_id AS packId FROM trainer_annotations t JOIN annotations a ON a.id = t.annotation_id
       WHERE a.deleted_at IS NULL ORDER BY a.id`,
    )
    .all() as TrainerLayerEntry[];
}
