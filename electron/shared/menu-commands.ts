import type { DeepLink } from './deep-link';
import type { ImportResult } from './types';

/**
 * Commands the desktop menu sends to the renderer, declared once: main builds the menu from
 * this table, the preload forwards only these names, the renderer subscribes through
 * `useMenuCommand`. The accelerator is Electron's syntax; the renderer reuses it in browser
 * mode, where there is no native menu.
 */
export const MENU_COMMANDS = {
  exportAnnotations: { label: '导出批注…', accelerator: 'CmdOrCtrl+Shift+E' },
  find: { label: '查找…', accelerator: 'CmdOrCtrl+F' },
  quickOpen: { label: '快速打开…', accelerator: 'CmdOrCtrl+P' },
  presentation: { label: '演示模式', accelerator: 'F5' },
  /**
   * 编辑 › 撤销 / 重做: the last annotation change, or the text field's own edit where one has the focus.
   * The page listens to these keys itself in browser mode (browserKeys: false), so a text field keeps them.
   */
  undo: { label: '撤销', accelerator: 'CmdOrCtrl+Z', browserKeys: false },
  redo: { label: '重做', accelerator: 'CmdOrCtrl+Shift+Z', browserKeys: false },
  /** Sent when an import from 文件 › 导入… or from the system starts; not a menu item. */
  importing: { label: '正在导入', accelerator: null },
  /** Sent after files were imported from 文件 › 导入… or opened from the system; not a menu item. */
  imported: { label: '已导入', accelerator: null },
  /** Sent when a policy-reader:// link was opened from another program; not a menu item. */
  openLink: { label: '打开链接', accelerator: null },
} as const;

export type MenuCommand = keyof typeof MENU_COMMANDS;

/** What each command carries to the renderer. */
export interface MenuCommandPayloads {
  exportAnnotations: undefined;
  find: undefined;
  quickOpen: undefined;
  presentation: undefined;
  undo: undefined;
  redo: undefined;
  importing: undefined;
  /** The results of the import; the renderer refreshes the library and opens the first new document. */
  imported: ImportResult[];
  /** A link already validated by parseDeepLink; the renderer opens that paragraph. */
  openLink: DeepLink;
}

export const menuCommandNames = Object.keys(MENU_COMMANDS) as MenuCommand[];

export function isMenuCommand(name: unknown): name is MenuCommand {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(MENU_COMMANDS, name);
}

/** The one IPC channel main → renderer for menu commands. */
export const MENU_CHANNEL = 'desktop:menu';

/** Import from the 文件 menu (native dialog in main); Ctrl+O. */
export const IMPORT_MENU = { label: '导入…', accelerator: 'CmdOrCtrl+O' } as const;
