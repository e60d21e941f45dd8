import type BetterSqlite3 from 'better-sqlite3';
import type { Db } from './open-database';

const cache = new WeakMap<Db, Map<string, BetterSqlite3.Statement>>();

/**
 * A prepared statement, prepared once per database: imports run the same few statements thousands of times.
 * The statement is shared by every caller with the same SQL, so never switch its mode (pluck, raw, expand):
 * read the rows as objects.
 */
export function statement(db: Db, sql: string): BetterSqlite3.Statement {
  let forDb = cache.get(db);
  if (!forDb) cache.set(db, (forDb = new Map()));
  let s = forDb.get(sql);
  if (!s) forDb.set(sql, (s = db.prepare(sql)));
  return s;
}
