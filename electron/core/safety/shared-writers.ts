import type { Db } from '../db/open-database';

/** How long a writer waits for another process's write to finish before answering `locked`. */
export const BUSY_TIMEOUT_MS = 20_000;

/**
 * Let several processes write one library in turn. A deferred transaction (SQLite's default) that
 * reads first and writes later cannot wait for another writer: when it wants to write, its snapshot may
 * be stale and SQLite fails it at once with "database is locked" (SQLITE_BUSY_SNAPSHOT), whatever the
 * busy timeout. Taking the write lock at BEGIN (IMMEDIATE) makes the transaction wait its turn instead.
 * Nested calls still become savepoints, as better-sqlite3 does for every transaction kind.
 */
export function shareWritesSafely(db: Db): void {
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  const make = db.transaction.bind(db);
  db.transaction = ((fn: Parameters<Db['transaction']>[0]) => {
    const tx = make(fn);
    const immediate = tx.immediate;
    return Object.assign((...args: unknown[]) => immediate(...args), {
      default: immediate,
      deferred: tx.deferred,
      immediate,
      exclusive: tx.exclusive,
    });
  }) as Db['transaction'];
}
