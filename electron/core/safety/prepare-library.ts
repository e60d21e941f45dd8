import fs from 'node:fs';
import Database from 'better-sqlite3';
import { SCHEMA_VERSION } from '../db/migrate';
import type { Db } from '../db/open-database';
import { createBackup, isBackupDue, type BackupInfo } from './backups';
import { isAsLastClosed } from './clean-close';
import { checkIntegrity } from './integrity';
import { requireSoleHolder, type Holder } from './library-lock';
import { finishInterruptedRestore, restoreFromBackup, type RestoreReport } from './restore';

/** What the safety checks did when a library was opened; the desktop app tells the user about a restore. */
export interface SafetyReport {
  /**
   * How the existing file was checked: 'full' (PRAGMA quick_check, when it changed since Policy Reader
   * closed it), 'structure' (every other opening: fast), or null for a new library. The routine backup
   * runs its own full check, after the library is open (takeRoutineBackup).
   */
  checked: 'full' | 'structure' | null;
  restored: RestoreReport | null;
  backups: BackupInfo[];
}

function exists(file: string): boolean {
  try {
    return fs.statSync(file).size > 0;
  } catch {
    return false;
  }
}

function schemaVersion(file: string): number {
  const db = new Database(file, { fileMustExist: true });
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } finally {
    db.close();
  }
}

/**
 * Before the library is opened: check its integrity and restore the last good backup if it is
 * damaged; back it up before a schema migration. A new library needs neither.
 *
 * The full check reads every page, which takes seconds on a large library, so it runs on opening only
 * when the file changed since Policy Reader closed it; the routine backup runs it on the open library,
 * off the path of opening (a backup is only ever taken of a library that passed it). Other openings
 * check that the file's structure can be read, which catches a file that is truncated, overwritten or
 * not a database at all.
 */
export function prepareLibraryFile(file: string, now = new Date(), otherHolders: Holder[] = []): SafetyReport {
  const report: SafetyReport = { checked: null, restored: null, backups: [] };
  if (file === ':memory:') return report;
  if (finishInterruptedRestore(file)) {
    process.stderr.write(`policy-reader: finished restoring the library ${file} from its backup (the restore had been interrupted)\n`);
  }
  if (!exists(file)) return report;
  // While another process has it open the file changes under us: its own opening checked it.
  const changedSinceClose = otherHolders.length === 0 && !isAsLastClosed(file);
  const depth = changedSinceClose ? 'full' : 'structure';
  const check = checkIntegrity(file, depth);
  if (!check.ok) {
    // Replacing the file under a process that has it open would send its writes into the damaged copy.
    requireSoleHolder(file, otherHolders, `restoring its last good backup (it is damaged: ${check.problem})`, '恢复最近的完好备份（文件已损坏）');
    report.restored = restoreFromBackup(file, check.problem, now);
    process.stderr.write(
      `policy-reader: the library ${file} was damaged (${check.problem}); restored the backup of ` +
        `${report.restored.backup.takenAt.toISOString()}. The damaged file is kept at ${report.restored.damagedCopy}\n`,
    );
  }
  report.checked = depth;
  const version = schemaVersion(file);
  if (version > 0 && version < SCHEMA_VERSION) {
    requireSoleHolder(file, otherHolders, 'an upgrade to this version’s format', '升级到本版本的格式');
    const db = new Database(file, { fileMustExist: true });
    try {
      report.backups.push(createBackup(db, file, 'pre-migration', now));
    } catch (err) {
      // Migrations run in one transaction, so going on without this extra copy is still safe.
      process.stderr.write(`policy-reader: could not back up the library before upgrading it: ${(err as Error).message}\n`);
    } finally {
      db.close();
    }
  }
  return report;
}

/**
 * The routine backup, off the path of opening: when due (old enough, and the library changed since the
 * last one), check the open library in full (PRAGMA quick_check) and write the backup. The app calls it
 * a while after the window shows the library, or when it closes first. Returns the backup, or null.
 */
export function takeRoutineBackup(db: Db, file: string, report: SafetyReport, now = new Date()): BackupInfo | null {
  if (!isBackupDue(file, now, db)) return null;
  try {
    const problem = (db.pragma('quick_check', { simple: true }) as string) === 'ok' ? null : 'quick_check failed';
    if (problem) throw new Error(`the library failed its integrity check (${problem}); no backup of it is taken`);
    const backup = createBackup(db, file, 'daily', now);
    report.backups.push(backup);
    return backup;
  } catch (err) {
    // A failed routine backup (disk full, read-only folder) must not stop the user from reading.
    process.stderr.write(`policy-reader: could not back up the library: ${(err as Error).message}\n`);
    return null;
  }
}
