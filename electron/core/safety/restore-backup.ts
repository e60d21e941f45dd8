import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BackupSummary, RestoreBackupResult } from '../../shared/backup-types';
import { ReaderError } from '../../shared/errors';
import type { CoreContext } from '../context';
import { SCHEMA_VERSION } from '../db/migrate';
import { createBackup, listBackups, type BackupInfo } from './backups';
import { checkIntegrity } from './integrity';

function summary(b: BackupInfo): BackupSummary {
  let bytes = 0;
  try {
    bytes = fs.statSync(b.file).size;
  } catch {
    // listed a moment ago, pruned since: shown as empty
  }
  return { file: b.file, takenAt: b.takenAt.toISOString(), reason: b.reason, bytes };
}

export function listLibraryBackups({ db }: CoreContext): BackupSummary[] {
  return listBackups(db.name).map(summary);
}

/**
 * Put one of the library's backups in place of the open library. SQLite's online backup copies it into
 * the library file in one write transaction (all or nothing, while other connections keep reading the
 * library as it was until it commits); the library as it was is backed up first ('pre-restore').
 * Only this library's own backups, whole and of this version's format, are accepted.
 */
export async function restoreLibraryBackup(ctx: CoreContext, file: string): Promise<RestoreBackupResult> {
  const libraryFile = ctx.db.name;
  const backup = listBackups(libraryFile).find((b) => path.resolve(b.file) === path.resolve(file));
  if (!backup) {
    throw new ReaderError('not_found', `Not a backup of this library: ${file}`, `不是本文库的备份：${file}`);
  }
  const check = checkIntegrity(backup.file, 'full');
  if (!check.ok) {
    throw new ReaderError('damaged', `The backup is damaged (${check.problem}); choose another one`, `该备份已损坏（${check.problem}），请选择其他备份`);
  }
  const source = new Database(backup.file, { readonly: true, fileMustExist: true });
  try {
    const version = source.pragma('user_version', { simple: true }) as number;
    if (version !== SCHEMA_VERSION) {
      throw new ReaderError(
        'backup_other_format',
        `The backup was written in another format (schema ${version}, this version uses ${SCHEMA_VERSION}); close the app and open the backup file itself to read it`,
        `该备份的格式不同（架构版本 ${version}，本版本为 ${SCHEMA_VERSION}）；请关闭应用后直接打开该备份文件`,
      );
    }
    const undo = createBackup(ctx.db, libraryFile, 'pre-restore');
    await source.backup(libraryFile, { progress: () => 1 << 30 }); // one step: one transaction on the library
    ctx.state?.clear();
    return { restored: summary(backup), undo: summary(undo) };
  } finally {
    source.close();
  }
}
