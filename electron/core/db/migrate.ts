import type { Database } from 'better-sqlite3';
import { ReaderError } from '../../shared/errors';
import { faultPoint } from '../safety/fault-points';
import { migrations } from './migrations';

/** The schema version this build writes. */
export const SCHEMA_VERSION = migrations.at(-1)?.version ?? 0;

/**
 * Bring the database up to SCHEMA_VERSION in one transaction.
 * A database written by a newer version of the app is refused, never touched.
 */
export function migrate(db: Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > SCHEMA_VERSION) {
    throw new ReaderError(
      'db_too_new',
      `This library was written by a newer version of Policy Reader (schema ${current}, this version knows ${SCHEMA_VERSION}). Update the app to open it.`,
      `此文库由更新版本的政策阅读器创建（架构版本 ${current}，本版本支持 ${SCHEMA_VERSION}），请升级应用后再打开。`,
    );
  }
  if (current === SCHEMA_VERSION) return;
  db.transaction(() => {
    for (const m of migrations.filter((m) => m.version > current)) db.exec(m.sql);
    faultPoint('migration');
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  })();
}
