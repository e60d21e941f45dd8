import type { CliCommand } from '../command';
import { UsageError } from '../command';

const human = (b: { takenAt: string; reason: string; bytes: number; file: string }) =>
  `${b.takenAt}  ${b.reason.padEnd(13)}  ${(b.bytes / 1e6).toFixed(1).padStart(7)} MB  ${b.file}`;

export const backupCommands: CliCommand[] = [
  {
    name: 'backups',
    usage: 'backups',
    summary: "The library's backups, newest first (kept: the last 3 and one per week for 4 weeks)",
    async run(lib, _p, _v, io) {
      const backups = await lib.call('listBackups', {});
      io.out(backups, () => backups.map(human).join('\n') || '(no backups yet)');
    },
  },
  {
    name: 'restore',
    usage: 'restore BACKUP_FILE',
    summary: 'Put a backup back in place of the library (the library as it was is backed up first)',
    async run(lib, [file], _v, io) {
      if (!file) throw new UsageError('restore needs the BACKUP_FILE to restore (see `backups`)');
      const result = await lib.call('restoreBackup', { file });
      io.out(result, () => `restored ${human(result.restored)}${result.undo ? `\nthe library as it was: ${result.undo.file}` : ''}`);
    },
  },
];
