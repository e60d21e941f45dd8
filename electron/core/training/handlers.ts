import type { trainingMethods } from '../../shared/api/training';
import type { ReaderHandlers } from '../../shared/contract';
import type { CoreContext } from '../context';
import { inspectCoursePack, openCoursePack } from './pack-open';
import {
  addReadingStop,
  createReadingPath,
  deleteReadingPath,
  getReadingPath,
  listReadingPaths,
  moveReadingStop,
  removeReadingStop,
  renameReadingPath,
  updateReadingStop,
} from './paths';
import { getPresentedStop, getRoomInfo, setPresentedStop, setRoomInfo } from './presented-stop';
import { listTrainerAnnotations } from './trainer-layer';

const fromBase64 = (data: string) => Buffer.from(data, 'base64');

export function trainingHandlers(ctx: CoreContext): Pick<ReaderHandlers, keyof typeof trainingMethods> {
  return {
    createReadingPath: ({ title }) => createReadingPath(ctx, title),
    renameReadingPath: ({ pathId, title }) => renameReadingPath(ctx, pathId, title),
    deleteReadingPath: ({ pathId }) => deleteReadingPath(ctx, pathId),
    listReadingPaths: () => listReadingPaths(ctx),
    getReadingPath: ({ pathId }) => getReadingPath(ctx, pathId),
    addReadingStop: (args) => addReadingStop(ctx, args),
    updateReadingStop: ({ stopId, ...changes }) => updateReadingStop(ctx, stopId, changes),
    moveReadingStop: ({ stopId, position }) => moveReadingStop(ctx, stopId, position),
    removeReadingStop: ({ stopId }) => removeReadingStop(ctx, stopId),
    // Packs (jszip) and handouts (docx) load their libraries on first use, not in every process.
    createCoursePack: async ({ pathIds }) => (await import('./pack-create')).createCoursePack(ctx, pathIds),
    inspectCoursePack: ({ dataBase64 }) => inspectCoursePack(fromBase64(dataBase64)),
    openCoursePack: ({ dataBase64 }) => openCoursePack(ctx, fromBase64(dataBase64)),
    listTrainerAnnotations: () => listTrainerAnnotations(ctx),
    setPresentedStop: ({ pathId, index }) => setPresentedStop(ctx, pathId, index),
    getPresentedStop: () => getPresentedStop(ctx),
    setRoomInfo: ({ room }) => setRoomInfo(ctx, room),
    getRoomInfo: () => getRoomInfo(ctx),
    exportHandout: async ({ pathId, includeNotes, myNotes }) => (await import('./handout')).exportHandout(ctx, pathId, includeNotes ?? true, myNotes),
  };
}
