import fs from 'node:fs';
import { ReaderError } from '../../shared/errors';
import { listBackups, type BackupInfo } from './backups';
import { faultPoint } from './fault-points';
import { checkIntegrity } from './integrity';

export interface RestoreReport {
  /** The backup the library was restored from. */
  backup: BackupInfo;
  /** Where the damaged file was moved; it is kept, never deleted. */
  damagedCopy: string;
  problem: string;
}

const SIDE_FILES = ['-wal', '-shm', '-journal'];

/** Where a restore stages the backup's copy before putting it in place. */
export const restoringFile = (file: string) => `${file}.restoring`;

function moveAside(file: string, target: string): void {
  // The -wal first: a damaged file's -wal must never be replayed onto the backup, whatever moment a crash hits.
  for (const suffix of SIDE_FILES) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, target + suffix);
  }
  fs.renameSync(file, target);
}

/**
 * Finish a restore that a crash interrupted: the staged copy is complete once the damaged file has been
 * moved aside (it is written before), so with the library missing it is put in place; otherwise it is a
 * leftover and removed.
 */
export function finishInterruptedRestore(file: string): boolean {
  const staged = restoringFile(file);
  if (!fs.existsSync(staged)) return false;
  if (fs.existsSync(file)) {
    fs.rmSync(staged, { force: true });
    return false;
  }
  fs.renameSync(staged, file);
  return true;
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
  // Stage the copy first, then swap: a crash at any point leaves either the damaged file in place (and
  // the restore runs again) or the complete staged copy, which the next opening puts in place.
  const staged = restoringFile(file);
  fs.copyFileSync(backup.file, staged);
  const fd = fs.openSync(staged, 'r+');
  fs.fsyncSync(fd);
  fs.closeSync(fd);
  faultPoint('restore-staged');
  moveAside(file, damagedCopy);
  faultPoint('restore-moved-aside');
  fs.renameSync(staged, file);
  return { backup, damagedCopy, problem };
}
