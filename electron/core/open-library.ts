import { changeKindsOf, type ReaderHandlers } from '../shared/contract';
import { validateArgs } from '../shared/validate';
import { annotationHandlers } from './annotations/handlers';
import { compareHandlers } from './compare/handlers';
import type { CoreContext } from './context';
import type { CoreApi } from './core-api';
import { catchUpDerived, externalChanges, withCatchUp } from './catch-up';
import { changePosition, documentsChangedSince } from './db/change-log';
import { openDatabase } from './db/open-database';
import { dispatch, type ChangeReporting } from './dispatch';
import { createCoreEvents, type CoreEvents } from './events';
import { LibraryState } from './library-state';
import { exportToFile } from './export/export-to-file';
import { libraryHandlers } from './library/handlers';
import { importSeedsOnce } from './library/seeds';
import { manageHandlers } from './manage/handlers';
import { backupIfDue, prepareLibraryFile, type SafetyReport } from './safety/prepare-library';
import { searchHandlers } from './search/handlers';

export interface Library extends CoreContext, CoreApi {
  file: string;
  handlers: ReaderHandlers;
  events: CoreEvents;
  /** Changes written by another process (the CLI) since the doors were last told: catch up, tell them. */
  catchUpExternal(): void;
  /** Integrity check, restore and backups done on opening (see core/safety). */
  safety: SafetyReport;
  close(): void;
}

export interface OpenLibraryOptions {
  /** Import the seed library from this folder on the library's first launch. */
  seedsDir?: string;
  /**
   * 'reader': a second connection that answers reads while the writer works (core/host). It opens a
   * library the writer has already checked and upgraded: no integrity check, backup or seeds.
   */
  role?: 'writer' | 'reader';
}

const NOT_CHECKED: SafetyReport = { checked: null, restored: null, backups: [] };

export function openLibrary(file: string, options: OpenLibraryOptions = {}): Library {
  const reader = options.role === 'reader';
  const safety = reader ? NOT_CHECKED : prepareLibraryFile(file);
  const db = openDatabase(file);
  if (!reader) backupIfDue(db, file, safety);
  const events = createCoreEvents();
  const state = new LibraryState();
  const ctx: CoreContext = { db, events, state, role: options.role };
  if (options.seedsDir && !reader) importSeedsOnce(ctx, options.seedsDir);
  const handlers: ReaderHandlers = withCatchUp(ctx, {
    ...libraryHandlers(ctx),
    ...searchHandlers(ctx),
    ...manageHandlers(ctx),
    ...compareHandlers(ctx),
    ...annotationHandlers(ctx),
  });
  // What the log says changed while the library was closed (or by the seeds) is caught up first.
  if (!reader) catchUpDerived(ctx);
  /** The log position the doors have been told about, and how many mutating calls are running. */
  let told = changePosition(db);
  let mutating = 0;
  const changes: ChangeReporting = {
    events,
    position: () => changePosition(db),
    documentsSince: (seq) => documentsChangedSince(db, seq),
  };
  return {
    ...ctx,
    events,
    file,
    handlers,
    safety,
    call: async (name, args) => {
      if (!changeKindsOf(name)) return dispatch(handlers, name, args, changes);
      mutating++;
      try {
        return await dispatch(handlers, name, args, changes);
      } finally {
        mutating--;
        told = changePosition(db);
      }
    },
    onEvent: (listener) => events.subscribe(listener),
    exportToFile: async ({ path, ...request }) => exportToFile(ctx, { ...validateArgs('exportAnnotations', request), path }),
    catchUpExternal: () => {
      // While a mutation of ours runs (an import yields between batches), what the log gained is ours.
      const change = reader || mutating > 0 ? null : externalChanges(ctx, told);
      if (!change) return;
      told = change.seq;
      events.emit({ type: 'change', method: 'external', ...change });
    },
    close: () => {
      state.clear();
      db.close();
    },
  };
}
