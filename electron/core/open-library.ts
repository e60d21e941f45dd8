import type { ReaderHandlers } from '../shared/contract';
import { annotationHandlers } from './annotations/handlers';
import { compareHandlers } from './compare/handlers';
import type { CoreContext } from './context';
import type { CoreApi } from './core-api';
import { changePosition, documentsChangedSince } from './db/change-log';
import { openDatabase } from './db/open-database';
import { dispatch, type ChangeReporting } from './dispatch';
import { createCoreEvents, type CoreEvents } from './events';
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
  const ctx: CoreContext = { db, events };
  if (options.seedsDir && !reader) importSeedsOnce(ctx, options.seedsDir);
  const handlers: ReaderHandlers = {
    ...libraryHandlers(ctx),
    ...searchHandlers(ctx),
    ...manageHandlers(ctx),
    ...compareHandlers(ctx),
    ...annotationHandlers(ctx),
  };
  const changes: ChangeReporting = {
    events,
    position: () => changePosition(db),
    documentsSince: (seq) => documentsChangedSince(db, seq),
    afterMutation: () => {},
  };
  return {
    ...ctx,
    events,
    file,
    handlers,
    safety,
    call: (name, args) => dispatch(handlers, name, args, changes),
    onEvent: (listener) => events.subscribe(listener),
    exportToFile: (request) => exportToFile(ctx, request),
    close: () => db.close(),
  };
}
