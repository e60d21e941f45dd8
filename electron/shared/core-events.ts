import type { ImportProgress } from './import-types';
import type { ChangeKind } from './method';

/**
 * What the core tells every door without being asked: a mutating method finished (`seq` is the change
 * log's position after it, `docIds` the documents the log names since the call began), or the running
 * import moved on.
 */
export type CoreEvent =
  | { type: 'change'; method: string; kinds: readonly ChangeKind[]; seq: number; docIds: number[] }
  | { type: 'progress'; progress: ImportProgress };

/** The IPC channel main → renderer for core events (desktop); browser mode streams them at /api/events. */
export const CORE_EVENT_CHANNEL = 'reader:event';

/** Kinds that change what the library lists and shows (documents, their text and metadata). */
export function changesDocuments(event: CoreEvent): boolean {
  return event.type === 'change' && event.kinds.some((k) => k === 'document' || k === 'blocks' || k === 'metadata');
}
