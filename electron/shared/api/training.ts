// Reading paths, course packs and handouts for training sessions (issue 16).
import { z } from 'zod';
import type { ExportFile } from '../annotation-types';
import { id, method } from '../method';
import type { CoursePackInspection, CoursePackOpenResult, PresentedStop, ReadingPath, RoomInfo, ReadingPathSummary, ReadingStop, TrainerLayerEntry } from '../training-types';
import { MAX_PACK_BYTES, STOP_KINDS } from '../training-types';

export { MAX_PACK_BYTES };

const pathTitle = z.string().trim().min(1).max(200);
const stopTitle = z.string().trim().max(200);
const stopNote = z.string().max(20_000);
const offset = z.number().int().min(0);
/** A course pack travels as base64 (browser uploads, IPC). */
const packData = z.string().min(4).max(Math.ceil((MAX_PACK_BYTES * 4) / 3) + 4);
/** The limits of a path's fields, shared with the course pack's schema (core/training/pack-schema.ts). */
export const pathFields = { pathTitle, stopTitle, stopNote, offset, kind: z.enum(STOP_KINDS) };
export const MAX_STOPS = 500;

const stopInput = z
  .object({
    pathId: id,
    kind: pathFields.kind.optional(),
    docId: id,
    blockId: id,
    startOffset: offset.optional(),
    endOffset: offset.optional(),
    doc2Id: id.optional(),
    block2Id: id.optional(),
    title: stopTitle.optional(),
    note: stopNote.optional(),
    /** 1-based; at the end when absent. */
    position: z.number().int().positive().optional(),
  })
  .strict();

/** One highlight or note a trainee made on a stop (1-based position). */
export const myNote = z.object({ position: z.number().int().positive().max(MAX_STOPS), quote: z.string().max(5_000), note: z.string().max(20_000) }).strict();

export const trainingMethods = {
  createReadingPath: method<{ id: number; uuid: string }>()(z.object({ title: pathTitle }).strict(), { mutates: ['settings'] }),
  renameReadingPath: method<ReadingPathSummary>()(z.object({ pathId: id, title: pathTitle }).strict(), { mutates: ['settings'] }),
  deleteReadingPath: method<{ deleted: number }>()(z.object({ pathId: id }).strict(), { mutates: ['settings'] }),
  listReadingPaths: method<ReadingPathSummary[]>()(z.object({}).strict()),
  getReadingPath: method<ReadingPath>()(z.object({ pathId: id }).strict()),
  addReadingStop: method<ReadingStop>()(stopInput, { mutates: ['settings'] }),
  updateReadingStop: method<ReadingStop>()(
    z.object({ stopId: id, title: stopTitle.optional(), note: stopNote.optional() }).strict(),
    { mutates: ['settings'] },
  ),
  /** Move a stop to a 1-based position (the others shift). */
  moveReadingStop: method<ReadingPath>()(z.object({ stopId: id, position: z.number().int().positive() }).strict(), { mutates: ['settings'] }),
  removeReadingStop: method<ReadingPath>()(z.object({ stopId: id }).strict(), { mutates: ['settings'] }),
  /** A .prpack of these paths: the documents of their stops (originals and metadata), their annotations, the paths. */
  createCoursePack: method<ExportFile>()(z.object({ pathIds: z.array(id).min(1).max(50) }).strict()),
  inspectCoursePack: method<CoursePackInspection>()(z.object({ dataBase64: packData }).strict()),
  /** Import what a pack holds that is missing, replace its trainer layer and paths; all or nothing. */
  openCoursePack: method<CoursePackOpenResult>()(z.object({ dataBase64: packData }).strict(), {
    mutates: ['document', 'blocks', 'annotation', 'metadata', 'settings'],
  }),
  listTrainerAnnotations: method<TrainerLayerEntry[]>()(z.object({}).strict()),
  /** The presenter's screen says which stop it shows: trainees following over `serve --lan` go there. */
  setPresentedStop: method<PresentedStop>()(z.object({ pathId: id, index: z.number().int().min(0).max(MAX_STOPS) }).strict(), { mutates: ['settings'] }),
  /** `serve --lan` says where trainees join (null: the room door closed), so the presenter's screens can show it. */
  setRoomInfo: method<RoomInfo | null>()(
    z.object({ room: z.object({ urls: z.array(z.string().url().max(200)).max(20), code: z.string().regex(/^\d{6}$/), pid: id }).strict().nullable() }).strict(),
    { mutates: ['settings'] },
  ),
  /** Where trainees join while a room door is open, else null. */
  getRoomInfo: method<RoomInfo | null>()(z.object({}).strict()),
  /** The stop being presented, or null when nothing is. */
  getPresentedStop: method<PresentedStop | null>()(z.object({}).strict()),
  /** The path as a Word handout: each stop's passage with its citation, optional trainer notes, room for notes. */
  exportHandout: method<ExportFile>()(
    z
      .object({
        pathId: id,
        includeNotes: z.boolean().optional(),
        /** A trainee's own highlights and notes (kept in their browser), printed under the stops they belong to. */
        myNotes: z.array(myNote).max(2_000).optional(),
      })
      .strict(),
  ),
};
