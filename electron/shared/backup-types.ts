/** One backup of the library, as listed to the user. */
export interface BackupSummary {
  /** Its file (beside the library, in backups/); restoreBackup takes it. */
  file: string;
  /** ISO time it was taken. */
  takenAt: string;
  /** 'daily' (routine), 'pre-migration', 'pre-restore'. */
  reason: string;
  bytes: number;
}

export interface RestoreBackupResult {
  restored: BackupSummary;
  /** The library as it was just before, kept as a backup so the restore can be undone. */
  undo: BackupSummary | null;
}
