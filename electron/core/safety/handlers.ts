import type { backupMethods } from '../../shared/api/backups';
import type { ReaderHandlers } from '../../shared/contract';
import type { CoreContext } from '../context';
import { listLibraryBackups, restoreLibraryBackup } from './restore-backup';

export function backupHandlers(ctx: CoreContext): Pick<ReaderHandlers, keyof typeof backupMethods> {
  return {
    listBackups: () => listLibraryBackups(ctx),
    restoreBackup: ({ file }) => restoreLibraryBackup(ctx, file),
  };
}
