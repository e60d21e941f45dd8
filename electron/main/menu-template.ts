// The native menu as data (type-only electron import) so its labels and shortcuts are unit-tested.
import type { MenuItemConstructorOptions } from 'electron';
import { IMPORT_MENU, MENU_COMMANDS, type MenuCommand } from '../shared/menu-commands';

export interface MenuActions {
  /** 文件 › 导入…: native open dialog, then import and tell the renderer. */
  importFiles(): void;
  /** Forward a command to the renderer. */
  send(command: MenuCommand): void;
  about(): void;
  openDataFolder(): void;
}

function command(actions: MenuActions, name: Exclude<MenuCommand, 'importing' | 'imported' | 'openLink'>): MenuItemConstructorOptions {
  const { label, accelerator } = MENU_COMMANDS[name];
  return { id: name, label, accelerator, click: () => actions.send(name) };
}

export function menuTemplate(actions: MenuActions, options: { showDevTools: boolean }): MenuItemConstructorOptions[] {
  return [
    {
      label: '文件',
      submenu: [
        { id: 'importFiles', label: IMPORT_MENU.label, accelerator: IMPORT_MENU.accelerator, click: () => actions.importFiles() },
        command(actions, 'exportAnnotations'),
        { type: 'separator' },
        { label: '打开数据文件夹', click: () => actions.openDataFolder() },
        { type: 'separator' },
        { role: 'quit', label: '退出', accelerator: 'CmdOrCtrl+Q' },
      ],
    },
    {
      label: '编辑',
      submenu: [
        command(actions, 'undo'),
        command(actions, 'redo'),
        { type: 'separator' },
        { role: 'cut', label: '剪切' },
        { role: 'copy', label: '复制' },
        { role: 'paste', label: '粘贴' },
        { role: 'selectAll', label: '全选' },
        { type: 'separator' },
        command(actions, 'find'),
        command(actions, 'quickOpen'),
      ],
    },
    {
      label: '视图',
      submenu: [
        command(actions, 'presentation'),
        { type: 'separator' },
        { role: 'zoomIn', label: '放大', accelerator: 'CmdOrCtrl+=' },
        { role: 'zoomOut', label: '缩小', accelerator: 'CmdOrCtrl+-' },
        { role: 'resetZoom', label: '实际大小', accelerator: 'CmdOrCtrl+0' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: '全屏', accelerator: 'F11' },
        ...(options.showDevTools ? [{ role: 'toggleDevTools', label: '开发者工具' } as MenuItemConstructorOptions] : []),
      ],
    },
    {
      label: '帮助',
      submenu: [{ id: 'about', label: '关于政策阅读器', click: () => actions.about() }],
    },
  ];
}
