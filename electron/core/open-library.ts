import { changeKindsOf, type ReaderHandlers } from '../shared/contract';
import { validateArgs } from '../shared/validate';
import { annotationHandlers } from './annotations/handlers';
import { tablesHandlers } from './tables/handlers';
import { bookmarkHandlers } from './bookmarks/handlers';
import { collectionHandlers } from './collections/handlers';
import { catchUpDerived, externalChanges, withCatchUp } from './catch-up';
import { compareHandlers } from './compare/handlers';
import type { CoreContext } from './context';
import type { CoreApi } from './core-api';
import { changePosition, documentsChangedSince } from './db/change-log';
import { openDatabase, type Db } from './db/open-database';
import { dispatch, type ChangeReporting } from './dispatch';
import { createCoreEvents, type CoreEvents } from './events';
import { exportToFile } from './export/export-to-file';
import { fillStatedIssuersOnce } from './import/fill-issuers';
import { LibraryState } from './library-state';
import { libraryHandlers } from './library/handlers';
import { importSeedsOnce } from './library/seeds';
import { manageHandlers } from './manage/handlers';
import { forgetCleanClose, recordCleanClose } from './safety/clean-close';
import { knownCondition } from '../shared/known-errors';
import { describeHolders, otherHolders, registerHolder, whileOpening, type Holder } from './safety/library-lock';
import { prepareLibraryFile, takeRoutineBackup, type SafetyReport } from './safety/prepare-library';
import { ROUTINE_BACKUP_DELAY_MS } from './safety/backups';
import { isOnReadOnlyLocation, openReadOnlyDatabase } from './safety/read-only-library';
import { shareWritesSafely } from './safety/shared-writers';
import { searchHandlers } from './search/handlers';
import { trainingHandlers } from './training/handlers';
import { backupHandlers } from './safety/handlers';
import { packOldOriginalsInBackground } from './data/originals';
import { imageHandlers } from './images/handlers';
import { scanOriginalsInBackground } from './images/scan-originals';

export interface Library extends CoreContext, CoreApi {
  file: string;
  handlers: ReaderHandlers;
  events: CoreEvents;
  /** Changes written by another process (the CLI) since the doors were last told: catch up, tell them. */
  catchUpExternal(): void;
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
  /**
   * 'reader': a second connection, in the same process, that answers reads while the writer works
   * (core/host). It opens a library the writer has already checked, upgraded and registered: no
   * lock, integrity check, backup or seeds.
   */
  thread?: 'writer' | 'reader';
}

export function openLibrary(file: string, options: OpenLibraryOptions = {}): Library {
  const role = options.role ?? `Policy Reader (${process.argv.slice(1, 3).map((a) => a.split('/').at(-1)).join(' ')})`;
  const reader = options.thread === 'reader';
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
  } else if (file === ':memory:' || reader) {
    db = openDatabase(file);
    closeDb = () => db.close();
  } else {
    // Restore, migration and repair only happen here, one opener at a time, and never under another holder.
    ({ db, safety, sharedWith, release } = whileOpening(file, () => {
      const others = otherHolders(file);
      const report = prepareLibraryFile(file, new Date(), others);
      const opened = openDatabase(file);
      try {
        return { db: opened, safety: report, sharedWith: others, release: registerHolder(file, role) };
      } catch (err) {
        opened.close();
        throw err;
      }
    }));
    // The routine backup waits until the library is shown (or is taken on closing, if that comes first);
    // a brand-new library (nothing checked on opening) has nothing worth one yet.
    const backup = () => {
      if (backupTimer) clearTimeout(backupTimer);
      backupTimer = null;
      takeRoutineBackup(db, file, safety);
    };
    let backupTimer: ReturnType<typeof setTimeout> | null = sharedWith.length === 0 && safety.checked !== null ? setTimeout(backup, ROUTINE_BACKUP_DELAY_MS) : null;
    backupTimer?.unref();
    closeDb = () => {
      if (backupTimer) backup();
      db.close();
      release();
      if (otherHolders(file).length === 0 && !damageSeen) recordCleanClose(file);
    };
  }
  const state = new LibraryState();
  try {
    if (!readOnly) shareWritesSafely(db);
    const events = createCoreEvents();
    const ctx: CoreContext = { db, events, state, thread: options.thread };
    if (options.seedsDir && !readOnly && !reader) importSeedsOnce(ctx, options.seedsDir);
    const handlers = withCatchUp(
      ctx,
      noticeDamage(
        {
          ...libraryHandlers(ctx),
          ...searchHandlers(ctx),
          ...manageHandlers(ctx),
          ...compareHandlers(ctx),
          ...annotationHandlers(ctx),
          ...trainingHandlers(ctx),
          ...tablesHandlers(ctx),
          ...backupHandlers(ctx),
          ...bookmarkHandlers(ctx),
          ...collectionHandlers(ctx),
          ...imageHandlers(ctx),
        },
        () => {
          // A damaged page met while the library is open: the next opening runs the full check (and restores).
          damageSeen = true;
          if (!readOnly && file !== ':memory:') forgetCleanClose(file);
        },
      ),
    );
    // What the log says changed while the library was closed (or by the seeds) is caught up first.
    const catchesUp = !reader && !readOnly;
    if (catchesUp) catchUpDerived(ctx);
    if (catchesUp) fillStatedIssuersOnce(ctx);
    // The writer packs originals an older version stored whole, while idle: smaller backups of an upgraded library.
    if (catchesUp) packOldOriginalsInBackground(db);
    if (catchesUp) scanOriginalsInBackground(ctx);
    // Set up (search index checked) on the private copy; from now on nothing may change it.
    if (readOnly) db.pragma('query_only = ON');
    /** The log position the doors have been told about, and how many mutating calls are running. */
    let told = changePosition(db);
    let mutating = 0;
    const reportExternal = () => {
      const change = catchesUp ? externalChanges(ctx, told) : null;
      if (!change) return;
      told = change.seq;
      events.emit({ type: 'change', method: 'external', ...change });
    };
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
      readOnly,
      sharedWith,
      call: async (name, args) => {
        if (!changeKindsOf(name)) return dispatch(handlers, name, args, changes);
        // What the log gained outside our calls (another process, pictures read in the background) is
        // reported first: once this call ends, `told` moves past everything logged until then.
        if (mutating === 0) reportExternal();
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
        if (mutating === 0) reportExternal();
      },
      close: () => {
        state.clear();
        closeDb();
      },
    };
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
