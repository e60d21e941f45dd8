import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ReaderError } from '../../shared/errors';
import { migrate, SCHEMA_VERSION } from '../db/migrate';
import type { Db } from '../db/open-database';
import { checkIntegrity } from './integrity';

// A library on a read-only medium (a USB stick with its switch set, a CD, a folder without write
// permission) opens read-only: reading and searching work, every change answers `read_only`.
// SQLite cannot open a WAL-mode file where it cannot create the -shm file beside it, so the library is
// copied to a temporary folder (with its -wal, which SQLite replays there) and the copy is opened read-only.

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
    const fold = new Database(copy);
    fold.pragma('journal_mode = DELETE'); // replays and folds the -wal into the copy
    fold.close();
    const db = new Database(copy, { readonly: true, fileMustExist: true });
    db.pragma('foreign_keys = ON');
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version < SCHEMA_VERSION) {
      db.close();
      throw new ReaderError(
        'read_only',
        `The library ${file} was written by an older version and must be upgraded before this version can read it, which needs write access. Copy it to a writable disk first.`,
        `此文库由旧版本创建，需要先升级格式才能打开，而它位于只读位置。请先复制到可写的磁盘：${file}`,
      );
    }
    migrate(db); // refuses a newer library; at the same version it changes nothing
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
