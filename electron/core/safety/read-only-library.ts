import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ReaderError } from '../../shared/errors';
import { openDatabase, type Db } from '../db/open-database';
import { checkIntegrity } from './integrity';

// A library on a read-only medium (a USB stick with its switch set, a CD, a folder without write
// permission) opens read-only: reading and searching work, every change answers `read_only`.
// SQLite cannot open a WAL-mode file where it cannot create the -shm file beside it, so the library is
// copied to a temporary folder (with its -wal, which SQLite replays there) and the copy is opened; once
// the library is set up, its connection is made query-only (PRAGMA query_only).

/** Is the library there but nothing can be written to it or beside it? */
export function isOnReadOnlyLocation(file: string): boolean {
  if (file === ':memory:' || !fs.existsSync(file)) return false;
  try {
    fs.accessSync(path.dirname(path.resolve(file)), fs.constants.W_OK);
    fs.accessSync(file, fs.constants.W_OK);
    return false;
  } catch (err) {
    return ['EROFS', 'EACCES', 'EPERM'].includes((err as NodeJS.ErrnoException).code ?? '');
  }
}

export interface ReadOnlyDatabase {
  db: Db;
  close(): void;
}

export function openReadOnlyDatabase(file: string): ReadOnlyDatabase {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-reader-read-only-'));
  const remove = () => fs.rmSync(dir, { recursive: true, force: true });
  try {
    const copy = path.join(dir, 'library.db');
    fs.copyFileSync(file, copy);
    if (fs.existsSync(`${file}-wal`)) fs.copyFileSync(`${file}-wal`, `${copy}-wal`);
    const check = checkIntegrity(copy, 'structure');
    if (!check.ok) {
      throw new ReaderError(
        'damaged',
        `The library ${file} is damaged (${check.problem}) and on a read-only medium, so its backup cannot be restored there. Copy its folder to a writable disk and open it there.`,
        `文库文件已损坏，且位于只读介质上，无法在原处恢复备份。请把所在文件夹复制到可写的磁盘后再打开：${file}`,
      );
    }
    // The copy is private: it may be upgraded and its search index brought up to date like any library;
    // openLibrary then makes the connection query-only, so every change the user asks for is refused.
    const db = openDatabase(copy);
    return {
      db,
      close: () => {
        db.close();
        remove();
      },
    };
  } catch (err) {
    remove();
    throw err;
  }
}
