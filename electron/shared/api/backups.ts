// Backups of the library (issue 12): list them, put one back.
import { z } from 'zod';
import type { BackupSummary, RestoreBackupResult } from '../backup-types';
import { method } from '../method';

export const backupMethods = {
  /** The library's backups, newest first. */
  listBackups: method<BackupSummary[]>()(z.object({}).strict()),
  /** Put a backup back in place of the library, atomically; the library as it was is backed up first. */
  restoreBackup: method<RestoreBackupResult>()(z.object({ file: z.string().min(1).max(4096) }).strict(), {
    mutates: ['document', 'blocks', 'annotation', 'metadata', 'settings'],
  }),
};
