// Mounts the 备份 panel (see the library's backups, restore one) into the shell (see ../extensions.ts).
import { rightPanels } from '../extensions';
import { BackupPanel } from './BackupPanel';

rightPanels.push({ id: 'backups', title: '备份', Component: BackupPanel });
