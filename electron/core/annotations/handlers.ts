import type { annotationMethods } from '../../shared/api/annotations';
import type { ReaderHandlers } from '../../shared/contract';
import type { CoreContext } from '../context';
import { requireDocument } from '../library/documents';
import { exportAnnotations } from '../export/export-annotations';
import { getColors, setColorMeaning } from './colors';
import { importPack } from './annotation-pack';
import { moveAnnotations } from './place-annotations';
import {
  createAnnotation,
  deleteAnnotation,
  listAnnotations,
  restoreAnnotation,
  updateAnnotation,
} from './store';
import { listTags } from './tags';

export function annotationHandlers(ctx: CoreContext): Pick<ReaderHandlers, keyof typeof annotationMethods> {
  return {
    createAnnotation: (args) => createAnnotation(ctx, args),
    updateAnnotation: ({ uuid, ...changes }) => updateAnnotation(ctx, uuid, changes),
    deleteAnnotation: ({ uuid }) => deleteAnnotation(ctx, uuid),
    restoreAnnotation: ({ uuid }) => restoreAnnotation(ctx, uuid),
    listAnnotations: (filter) => listAnnotations(ctx, filter),
    listAnnotationTags: () => listTags(ctx),
    getAnnotationColors: () => getColors(ctx),
    setColorMeaning: ({ color, meaning }) => setColorMeaning(ctx, color, meaning),
    reanchorAnnotations: ({ fromDocId, toDocId }) => {
      requireDocument(ctx, toDocId);
      return moveAnnotations(ctx, fromDocId, toDocId);
    },
    exportAnnotations: (args) => exportAnnotations(ctx, args),
    importAnnotationPack: ({ pack }) => importPack(ctx, pack),
  };
}
