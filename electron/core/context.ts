import type { Db } from './db/open-database';

/** What every core module gets: the open library database. */
export interface CoreContext {
  db: Db;
}
