import type { ReaderHandlers } from '../shared/contract';
import { annotationHandlers } from './annotations/handlers';
import { compareHandlers } from './compare/handlers';
import type { CoreContext } from './context';
import { openDatabase } from './db/open-database';
import { libraryHandlers } from './library/handlers';
import { importSeedsOnce } from './library/seeds';
import { manageHandlers } from './manage/handlers';
import { backupIfDue, prepareLibraryFile, type SafetyReport } from './safety/prepare-library';
import { searchHandlers } from './search/handlers';

export interface Library extends CoreContext {
  file: string;
  handlers: ReaderHandlers;
  /** Integrity check, restore and backups done on opening (see core/safety). */
  safety: SafetyReport;
  close(): void;
}

export interface OpenLibraryOptions {
  /** Import the seed library from this folder on the library's first launch. */
  seedsDir?: string;
}

export function openLibrary(file: string, options: OpenLibraryOptions = {}): Library {
  const safety = prepareLibraryFile(file);
  const db = openDatabase(file);
  backupIfDue(db, file, safety);
  const ctx: CoreContext = { db };
  if (options.seedsDir) importSeedsOnce(ctx, options.seedsDir);
  const handlers: ReaderHandlers = {
    ...libraryHandlers(ctx),
    ...searchHandlers(ctx),
    ...manageHandlers(ctx),
    ...compareHandlers(ctx),
    ...annotationHandlers(ctx),
  };
  return { ...ctx, file, handlers, safety, close: () => db.close() };
}
