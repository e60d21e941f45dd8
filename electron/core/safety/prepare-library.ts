import fs from 'node:fs';
import Database from 'better-sqlite3';
import { SCHEMA_VERSION } from '../db/migrate';
import type { Db } from '../db/open-database';
import { createBackup, isBackupDue, type BackupInfo } from './backups';
import { checkIntegrity } from './integrity';
import { restoreFromBackup, type RestoreReport } from './restore';

/** What the safety checks did when a library was opened; the desktop app tells the user about a restore. */
export interface SafetyReport {
  /** The file existed and passed (or was restored to pass) PRAGMA quick_check. */
  checked: boolean;
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
 */
export function prepareLibraryFile(file: string): SafetyReport {
  const report: SafetyReport = { checked: false, restored: null, backups: [] };
  if (file === ':memory:' || !exists(file)) return report;
  const check = checkIntegrity(file);
  if (!check.ok) {
    report.restored = restoreFromBackup(file, check.problem);
    process.stderr.write(
      `policy-reader: the library ${file} was damaged (${check.problem}); restored the backup of ` +
        `${report.restored.backup.takenAt.toISOString()}. The damaged file is kept at ${report.restored.damagedCopy}\n`,
    );
  }
  report.checked = true;
  const version = schemaVersion(file);
  if (version > 0 && version < SCHEMA_VERSION) {
    const db = new Database(file, { fileMustExist: true });
    try {
      report.backups.push(createBackup(db, file, 'pre-migration'));
    } catch (err) {
      // Migrations run in one transaction, so going on without this extra copy is still safe.
      process.stderr.write(`policy-reader: could not back up the library before upgrading it: ${(err as Error).message}\n`);
    } finally {
      db.close();
    }
  }
  return report;
}

/** After the library is open: a routine backup when the last one is old enough (about daily). */
export function backupIfDue(db: Db, file: string, report: SafetyReport): void {
  if (!report.checked || !isBackupDue(file)) return;
  try {
    report.backups.push(createBackup(db, file, 'daily'));
  } catch (err) {
    // A failed routine backup (disk full, read-only folder) must not stop the user from reading.
    process.stderr.write(`policy-reader: could not back up the library: ${(err as Error).message}\n`);
  }
}
