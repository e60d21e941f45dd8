import type { ReaderHandlers } from '../shared/contract';
import { annotationHandlers } from './annotations/handlers';
import { compareHandlers } from './compare/handlers';
import type { CoreContext } from './context';
import { openDatabase, type Db } from './db/open-database';
import { libraryHandlers } from './library/handlers';
import { importSeedsOnce } from './library/seeds';
import { manageHandlers } from './manage/handlers';
import { forgetCleanClose, recordCleanClose } from './safety/clean-close';
import { knownCondition } from '../shared/known-errors';
import { describeHolders, otherHolders, registerHolder, whileOpening, type Holder } from './safety/library-lock';
import { backupIfDue, prepareLibraryFile, type SafetyReport } from './safety/prepare-library';
import { isOnReadOnlyLocation, openReadOnlyDatabase } from './safety/read-only-library';
import { shareWritesSafely } from './safety/shared-writers';
import { searchHandlers } from './search/handlers';

export interface Library extends CoreContext {
  file: string;
  handlers: ReaderHandlers;
  /** Integrity check, restore and backups done on opening (see core/safety). */
  safety: SafetyReport;
  /** Opened read-only (a read-only medium or folder): reading and searching work, changes answer `read_only`. */
  readOnly: boolean;
  /** Other processes that had the library open when this one opened it. */
  sharedWith: Holder[];
  close(): void;
}

export interface OpenLibraryOptions {
  /** Import the seed library from this folder on the library's first launch. */
  seedsDir?: string;
  /** Who opens it, shown to other processes that find it open ("desktop app", "browser mode", "CLI"). */
  role?: string;
}

export function openLibrary(file: string, options: OpenLibraryOptions = {}): Library {
  const role = options.role ?? `Policy Reader (${process.argv.slice(1, 3).map((a) => a.split('/').at(-1)).join(' ')})`;
  let db: Db;
  let safety: SafetyReport = { checked: null, restored: null, backups: [] };
  let sharedWith: Holder[] = [];
  let release = () => {};
  let closeDb: () => void;
  let damageSeen = false;
  const readOnly = isOnReadOnlyLocation(file);
  if (readOnly) {
    const ro = openReadOnlyDatabase(file);
    db = ro.db;
    closeDb = ro.close;
  } else if (file === ':memory:') {
    db = openDatabase(file);
    closeDb = () => db.close();
  } else {
    // Restore, migration and repair only happen here, one opener at a time, and never under another holder.
    ({ db, safety, sharedWith, release } = whileOpening(file, () => {
      const others = otherHolders(file);
      const report = prepareLibraryFile(file, new Date(), others);
      const opened = openDatabase(file);
      try {
        if (others.length === 0) backupIfDue(opened, file, report);
        return { db: opened, safety: report, sharedWith: others, release: registerHolder(file, role) };
      } catch (err) {
        opened.close();
        throw err;
      }
    }));
    closeDb = () => {
      db.close();
      release();
      if (otherHolders(file).length === 0 && !damageSeen) recordCleanClose(file);
    };
  }
  try {
    if (!readOnly) shareWritesSafely(db);
    const ctx: CoreContext = { db };
    if (options.seedsDir && !readOnly) importSeedsOnce(ctx, options.seedsDir);
    const handlers = noticeDamage(
      {
        ...libraryHandlers(ctx),
        ...searchHandlers(ctx),
        ...manageHandlers(ctx),
        ...compareHandlers(ctx),
        ...annotationHandlers(ctx),
      },
      () => {
        // A damaged page met while the library is open: the next opening runs the full check (and restores).
        damageSeen = true;
        if (!readOnly && file !== ':memory:') forgetCleanClose(file);
      },
    );
    // Set up (search index checked) on the private copy; from now on nothing may change it.
    if (readOnly) db.pragma('query_only = ON');
    return { ...ctx, file, handlers, safety, readOnly, sharedWith, close: closeDb };
  } catch (err) {
    closeDb();
    throw err;
  }
}

/** Handlers that report a damaged-database error to `onDamage` (and still throw it). */
function noticeDamage(handlers: ReaderHandlers, onDamage: () => void): ReaderHandlers {
  const seen = (err: unknown) => {
    if (knownCondition(err)?.code === 'damaged') onDamage();
    throw err;
  };
  const wrapped: Record<string, (args: never) => unknown> = {};
  for (const [name, handler] of Object.entries(handlers) as [string, (args: never) => unknown][]) {
    wrapped[name] = (args) => {
      try {
        const result = handler(args);
        return result instanceof Promise ? result.catch(seen) : result;
      } catch (err) {
        return seen(err);
      }
    };
  }
  return wrapped as unknown as ReaderHandlers;
}

export { describeHolders };
