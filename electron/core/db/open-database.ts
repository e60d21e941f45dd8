import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { knownReaderError, ReaderError } from '../../shared/errors';
import { migrate } from './migrate';

export type Db = Database.Database;

export function openDatabase(file: string): Db {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  let db: Db;
  try {
    db = new Database(file);
    // A new library's pages hold two of FTS5's leaves and more blocks per page, less left empty (issue 12).
    // An existing library keeps its page size: SQLite ignores this for a file that has tables.
    db.pragma('page_size = 8192');
    db.pragma('journal_mode = WAL');
  } catch (err) {
    throw new ReaderError(
      'db_unreadable',
      `Cannot open the library file ${file}: ${(err as Error).message}`,
      `无法打开文库文件 ${file}：${(err as Error).message}`,
    );
  }
  try {
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('synchronous = NORMAL');
    // An import lets the log grow to 64 MB between checkpoints; once it starts over, it shrinks back to this.
    db.pragma('journal_size_limit = 8388608');
    migrate(db);
  } catch (err) {
    db.close();
    if (err instanceof ReaderError) throw err;
    const known = knownReaderError(err); // a full disk, a read-only medium, another process's lock: say so
    if (known) throw known;
    throw new ReaderError(
      'db_unreadable',
      `The library file ${file} is not a readable Policy Reader library: ${(err as Error).message}`,
      `文库文件 ${file} 无法读取：${(err as Error).message}`,
    );
  }
  return db;
}
