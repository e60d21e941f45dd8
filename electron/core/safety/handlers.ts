import type { backupMethods } from '../../shared/api/backups';
import type { ReaderHandlers } from '../../shared/contract';
import type { CoreContext } from '../context';
import { packOldOriginalsInBackground } from '../data/originals';
import { listLibraryBackups, restoreLibraryBackup } from './restore-backup';

export function backupHandlers(ctx: CoreContext): Pick<ReaderHandlers, keyof typeof backupMethods> {
  // The writer packs originals an older version stored whole: smaller backups of an upgraded library.
  if (ctx.thread !== 'reader') packOldOriginalsInBackground(ctx.db);
  return {
    listBackups: () => listLibraryBackups(ctx),
    restoreBackup: ({ file }) => restoreLibraryBackup(ctx, file),
  };
}
