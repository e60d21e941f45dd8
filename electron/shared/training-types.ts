import type { Annotation } from './annotation-types';
import type { Block } from './types';

// Training domain types (issue 16): reading paths, course packs, handouts. Plain JSON data.

/** passage: a paragraph (or a selection in it); chapter: a heading and what it holds; comparison: two passages side by side. */
export type StopKind = 'passage' | 'chapter' | 'comparison';
export const STOP_KINDS = ['passage', 'chapter', 'comparison'] as const;

/** A course pack file at most (read into memory whole); as base64 it still fits browser mode's 256 MB request. */
export const MAX_PACK_BYTES = 180 * 1024 * 1024;

/** One side of a stop: where it is and what it says (null ids when its document was deleted). */
export interface StopPlace {
  docId: number | null;
  blockId: number | null;
  docTitle: string | null;
  /** The block's text (a chapter: its heading); the selection when the stop has offsets. */
  text: string;
  /** What the stop shows: the passage's block, or a chapter's heading and the blocks it encloses. */
  blocks: Block[];
  /** Headings above the block, outermost first. */
  chapterPath: string[];
  /** The citation of the passage: 《title》（文号），issuer，date，chapter path. */
  citation: string;
}

export interface ReadingStop {
  stopId: number;
  /** 1-based place in its path. */
  position: number;
  kind: StopKind;
  docId: number | null;
  blockId: number | null;
  startOffset: number | null;
  endOffset: number | null;
  /** The second passage of a comparison. */
  doc2Id: number | null;
  block2Id: number | null;
  title: string;
  /** The presenter's notes. */
  note: string;
  place: StopPlace;
  place2: StopPlace | null;
}

export interface ReadingPathSummary {
  id: number;
  uuid: string;
  title: string;
  /** How many stops. */
  stops: number;
  /** The course pack it came with, null when made here. */
  packId: string | null;
}

export interface ReadingPath {
  id: number;
  uuid: string;
  title: string;
  packId: string | null;
  stops: ReadingStop[];
}

/** What a course pack holds, read without importing anything. */
export interface CoursePackInspection {
  format: string;
  version: number;
  packId: string;
  title: string;
  createdAt: string;
  documents: { title: string; chars: number }[];
  annotations: number;
  paths: { title: string; stops: number }[];
  /** The size of the pack file. */
  bytes: number;
}

export interface CoursePackOpenResult {
  packId: string;
  documents: { added: { docId: number; title: string }[]; present: { docId: number; title: string }[] };
  annotations: { added: number; updated: number; unchanged: number; removed: number; detached: number };
  /** skippedStops: stops whose passage is not in this library's copy of the document (rebuilt differently). */
  paths: { added: { id: number; title: string }[]; updated: { id: number; title: string }[]; skippedStops: number };
  /** The first path the pack brings: the one to open. */
  firstPathId: number | null;
}

/** Annotations of a trainer's layer (hideable apart from the user's own). */
export interface TrainerLayerEntry {
  uuid: string;
  packId: string;
}

/** Which stop of which path the presenter's screen shows (for trainees following along). */
export interface PresentedStop {
  pathId: number;
  /** 0-based index into the path's stops. */
  index: number;
  /** When the presenter moved there. */
  at: string;
}

/** What a trainee's screen gets from the room door: the presented stop, the path without the presenter's notes, the trainer's highlights there. */
export interface RoomState {
  presented: PresentedStop | null;
  path: ReadingPath | null;
  annotations: Pick<Annotation, 'uuid' | 'start' | 'end' | 'color' | 'style'>[];
}

/** Where trainees join a presentation over the room's network (`serve --lan`). */
export interface RoomInfo {
  urls: string[];
  code: string;
  /** The serving process: the room is gone when it is. */
  pid: number;
}
