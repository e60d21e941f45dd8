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
   * How the existing file was checked: 'full' (PRAGMA quick_check, about once a day, before the
   * routine backup), 'structure' (every other opening: fast), or null for a new library.
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
 * The full check reads every page, which takes seconds on a large library, so it runs when a
 * routine backup is due (about daily) — a backup is only ever taken of a file that passed it.
 * Other openings check that the file's structure can be read, which catches a file that is
 * truncated, overwritten or not a database at all.
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
  const depth = isBackupDue(file, now) || changedSinceClose ? 'full' : 'structure';
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

/** After the library is open: the routine backup, right after the full check passed (about daily). */
export function backupIfDue(db: Db, file: string, report: SafetyReport): void {
  if (report.checked !== 'full' || !isBackupDue(file)) return;
  try {
    report.backups.push(createBackup(db, file, 'daily'));
  } catch (err) {
    // A failed routine backup (disk full, read-only folder) must not stop the user from reading.
    process.stderr.write(`policy-reader: could not back up the library: ${(err as Error).message}\n`);
  }
}
