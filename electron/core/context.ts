import type { Db } from './db/open-database';
import type { CoreEvents } from './events';
import type { LibraryState } from './library-state';

/** What every core module gets: the open library database, and where it tells the doors what happened. */
export interface CoreContext {
  db: Db;
  /** Absent only in contexts built by hand (tests of one module). */
  events?: CoreEvents;
  /** What the library keeps in memory (see stateOf). */
  state?: LibraryState;
  /**
   * In the desktop app and browser mode the library runs in two threads (core/host): the writer runs
   * mutations, the reader answers reads. Absent when one thread does both.
   */
  thread?: 'writer' | 'reader';
}
