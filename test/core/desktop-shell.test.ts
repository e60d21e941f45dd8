import { isPresentationScreen } from '../../electron/main/screen-windows';
import fs from 'node:fs';
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate, type MenuActions } from '../../electron/main/menu-template';
import { documentsInArgv } from '../../electron/main/open-files';
import { DEFAULT_SIZE, loadWindowState, placeWindow, saveWindowState, windowStateFile } from '../../electron/main/window-state';
import { safeFileName } from '../../electron/shared/desktop-api';
import { IMPORT_MENU, MENU_COMMANDS, menuCommandNames, type MenuCommand } from '../../electron/shared/menu-commands';
import { matchesAccelerator } from '../../renderer/src/desktop/shortcut';
import { SEEDS, seedsDir, tempDir } from '../helpers/paths';

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((m) => [m, ...items((m.submenu as MenuItemConstructorOptions[] | undefined) ?? [])]);
}

describe('native menu', () => {
  const sent: MenuCommand[] = [];
  const calls: string[] = [];
  const actions: MenuActions = {
    importFiles: () => calls.push('import'),
    send: (c) => sent.push(c),
    about: () => calls.push('about'),
    openDataFolder: () => calls.push('folder'),
  };
  const template = menuTemplate(actions, { showDevTools: false });
  const all = items(template);
  const byLabel = (label: string) => all.find((i) => i.label === label)!;

  it('has the four Chinese menus with the shortcuts readers expect', () => {
    expect(template.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '帮助']);
    expect(byLabel('导入…').accelerator).toBe('CmdOrCtrl+O');
    expect(byLabel('查找…').accelerator).toBe('CmdOrCtrl+F');
    expect(byLabel('快速打开…').accelerator).toBe('CmdOrCtrl+P');
    expect(byLabel('演示模式').accelerator).toBe('F5');
    // 撤销 / 重做 go to the page (the last annotation change, or a text field's own undo), not to Chromium's text undo.
    expect([byLabel('撤销').accelerator, byLabel('撤销').role]).toEqual(['CmdOrCtrl+Z', undefined]);
    expect([byLabel('重做').accelerator, byLabel('重做').role]).toEqual(['CmdOrCtrl+Shift+Z', undefined]);
    expect(byLabel('导出批注…')).toBeDefined();
    expect(byLabel('放大').role).toBe('zoomIn');
    expect(byLabel('缩小').role).toBe('zoomOut');
    expect(byLabel('全屏').role).toBe('togglefullscreen');
    expect(byLabel('关于政策阅读器')).toBeDefined();
    expect(all.some((i) => i.role === 'toggleDevTools')).toBe(false);
    expect(items(menuTemplate(actions, { showDevTools: true })).some((i) => i.role === 'toggleDevTools')).toBe(true);
  });

  it('sends every renderer command from the shared table, and only those', () => {
    for (const item of all) (item.click as (() => void) | undefined)?.();
    expect(new Set(sent)).toEqual(new Set(menuCommandNames.filter((c) => MENU_COMMANDS[c].accelerator !== null)));
    expect(calls.sort()).toEqual(['about', 'folder', 'import']);
  });

  it('gives no two items the same shortcut', () => {
    const accelerators = all.map((i) => i.accelerator).filter(Boolean);
    expect(new Set(accelerators).size).toBe(accelerators.length);
    expect(accelerators).toContain(IMPORT_MENU.accelerator);
  });
});

describe('browser-mode shortcuts for menu commands', () => {
  const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) => ({
    key: k,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    ...mods,
  });
  it('matches Ctrl+F, Ctrl+Shift+E and F5 exactly', () => {
    expect(matchesAccelerator(key('f', { ctrlKey: true }), MENU_COMMANDS.find.accelerator)).toBe(true);
    expect(matchesAccelerator(key('f'), MENU_COMMANDS.find.accelerator)).toBe(false);
    expect(matchesAccelerator(key('f', { ctrlKey: true, shiftKey: true }), MENU_COMMANDS.find.accelerator)).toBe(false);
    expect(matchesAccelerator(key('E', { ctrlKey: true, shiftKey: true }), MENU_COMMANDS.exportAnnotations.accelerator)).toBe(true);
    expect(matchesAccelerator(key('F5'), MENU_COMMANDS.presentation.accelerator)).toBe(true);
    expect(matchesAccelerator(key('F5', { altKey: true }), MENU_COMMANDS.presentation.accelerator)).toBe(false);
  });
});

describe('documents opened from the system', () => {
  it('takes existing .txt/.md/.docx/.pdf files from the command line and nothing else', () => {
    const dir = tempDir();
    for (const f of ['规划.docx', '方案.PDF', 'notes.md', 'setup.exe']) fs.writeFileSync(path.join(dir, f), 'x');
    const argv = [
      path.join(seedsDir, SEEDS.metroPlan),
      '--no-sandbox',
      '--user-data-dir=/tmp/x.txt',
      '.',
      '规划.docx',
      '方案.PDF',
      'notes.md',
      'setup.exe',
      'missing.txt',
      seedsDir,
      path.join(seedsDir, SEEDS.metroPlan),
    ];
    expect(documentsInArgv(argv, dir)).toEqual([
      path.join(seedsDir, SEEDS.metroPlan),
      path.join(dir, '规划.docx'),
      path.join(dir, '方案.PDF'),
      path.join(dir, 'notes.md'),
    ]);
  });
});

describe('window size and position', () => {
  const screen = [{ x: 0, y: 0, width: 1920, height: 1040 }];

  it('is remembered in a JSON file in the data folder', () => {
    const file = windowStateFile(tempDir());
    expect(loadWindowState(file)).toBeNull();
    saveWindowState(file, { bounds: { x: 100, y: 80, width: 1500, height: 900 }, maximized: true, fullScreen: false });
    expect(loadWindowState(file)).toEqual({ bounds: { x: 100, y: 80, width: 1500, height: 900 }, maximized: true, fullScreen: false });
    fs.writeFileSync(file, '{ broken');
    expect(loadWindowState(file)).toBeNull();
  });

  it('reopens where it was when that place is still on a screen', () => {
    expect(placeWindow({ x: 100, y: 80, width: 1500, height: 900 }, screen)).toEqual({ x: 100, y: 80, width: 1500, height: 900 });
    expect(placeWindow(null, screen)).toEqual(DEFAULT_SIZE);
  });

  it('comes back onto the screen when the projector it was on is gone, and fits a smaller screen', () => {
    const offScreen = placeWindow({ x: 2500, y: 100, width: 1280, height: 800 }, screen);
    expect(offScreen.x).toBeUndefined(); // centred by the system
    const laptop = [{ x: 0, y: 0, width: 1366, height: 728 }];
    const fitted = placeWindow({ x: 200, y: 50, width: 1900, height: 1000 }, laptop);
    expect(fitted).toEqual({ x: 0, y: 0, width: 1366, height: 728 });
  });
});

describe('file names proposed in the save dialog', () => {
  it('keeps Chinese titles and the extension, and never names a folder or a forbidden character', () => {
    expect(safeFileName('批注摘录-长株潭都市圈发展规划.docx')).toBe('批注摘录-长株潭都市圈发展规划.docx');
    expect(safeFileName('长株潭一体化发展五年行动计划（2021/2025年）.docx')).toBe('长株潭一体化发展五年行动计划（2021_2025年）.docx');
    expect(safeFileName('../../etc/passwd')).toBe('.._.._etc_passwd');
    expect(safeFileName('a:b*c?"d"<e>|f.md')).toBe('a_b_c__d__e__f.md');
    expect(safeFileName('报告. . ')).toBe('报告');
    expect(safeFileName('///')).toBe('导出文件');
    const long = safeFileName(`${'规'.repeat(300)}.docx`);
    expect(long.endsWith('.docx')).toBe(true);
    expect(long.length).toBe(125);
  });
});

describe('windows a page may open', () => {
  const page = 'app://reader/index.html#/present?path=3&role=presenter';
  it('opens the other screen of a presentation on the same page', () => {
    expect(isPresentationScreen('app://reader/index.html#/present?path=3&role=audience', page)).toBe(true);
    expect(isPresentationScreen('http://localhost:5173/#/present?path=3&role=audience', 'http://localhost:5173/')).toBe(true);
  });
  it('refuses everything else: other pages, origins, schemes and hashes', () => {
    for (const url of [
      'app://reader/index.html',
      'app://reader/index.html#/doc/3',
      'app://reader/other.html#/present?path=3',
      'app://evil/index.html#/present?path=3',
      'https://example.com/#/present?path=3',
      'file:///etc/passwd#/present?path=3',
      'app://user:pw@reader/index.html#/present?path=3',
      'not a url',
    ]) {
      expect(isPresentationScreen(url, page), url).toBe(false);
    }
  });
});
