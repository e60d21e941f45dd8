import fs from 'node:fs';
import { ReaderError } from '../../shared/errors';
import { listBackups, type BackupInfo } from './backups';
import { checkIntegrity } from './integrity';

export interface RestoreReport {
  /** The backup the library was restored from. */
  backup: BackupInfo;
  /** Where the damaged file was moved; it is kept, never deleted. */
  damagedCopy: string;
  problem: string;
}

const SIDE_FILES = ['-wal', '-shm', '-journal'];

function moveAside(file: string, target: string): void {
  fs.renameSync(file, target);
  for (const suffix of SIDE_FILES) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, target + suffix);
  }
}

/**
 * Replace a damaged library with its newest backup that passes the integrity check.
 * The damaged file (with its -wal, which must not be replayed onto the backup) is moved
 * aside to library.db.damaged-<time>. With no good backup, nothing is touched and the
 * user is told where the file is.
 */
export function restoreFromBackup(file: string, problem: string, now = new Date()): RestoreReport {
  const backup = listBackups(file).find((b) => {
    try {
      return checkIntegrity(b.file).ok;
    } catch {
      return false;
    }
  });
  if (!backup) {
    // Without any backup, a file that is not a database at all is more likely the wrong file
    // (e.g. --db pointing at a document) than a damaged library: say so.
    if (/not a database/i.test(problem) && listBackups(file).length === 0) {
      throw new ReaderError(
        'db_unreadable',
        `The file ${file} is not a readable Policy Reader library (${problem}), and there is no backup of it. It has been left as it is.`,
        `文件 ${file} 不是可读取的文库（${problem}），也没有它的备份。文件保持原样。`,
      );
    }
    throw new ReaderError(
      'damaged',
      `The library file ${file} is damaged (${problem}) and there is no usable backup. The file has been left as it is.`,
      `文库文件已损坏（${problem}），且没有可用的备份。文件保持原样，位于：${file}`,
    );
  }
  const damagedCopy = `${file}.damaged-${now.toISOString().replace(/[-:.]/g, '')}`;
  moveAside(file, damagedCopy);
  const tmp = `${file}.restoring`;
  fs.copyFileSync(backup.file, tmp);
  fs.renameSync(tmp, file);
  return { backup, damagedCopy, problem };
}
