import path from 'node:path';
import { BrowserWindow, screen } from 'electron';
import { deepLinkHash, type DeepLink } from '../shared/deep-link';
import { MENU_CHANNEL, type MenuCommand, type MenuCommandPayloads } from '../shared/menu-commands';
import { appPageUrl } from './app-protocol';
import { loadWindowState, MIN_SIZE, placeWindow, saveWindowState } from './window-state';

export interface MainWindow {
  win: BrowserWindow;
  /** Send a menu command to the page; held back until the page has loaded. */
  send<C extends MenuCommand>(command: C, payload?: MenuCommandPayloads[C]): void;
  focus(): void;
}

/** `initialLink`: a paragraph to show first (the page opens its address on load, as in browser mode). */
export function createMainWindow(outDir: string, devServerUrl: string | undefined, stateFile: string, initialLink: DeepLink | null = null): MainWindow {
  const saved = loadWindowState(stateFile);
  const placement = placeWindow(saved?.bounds ?? null, screen.getAllDisplays().map((d) => d.workArea));
  const win = new BrowserWindow({
    ...placement,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: '政策阅读器',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: path.join(outDir, 'preload', 'index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      // Middle-click must not open links in new windows.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win.once('ready-to-show', () => {
    if (saved?.maximized) win.maximize();
    if (saved?.fullScreen) win.setFullScreen(true);
    win.show();
  });

  const remember = () => {
    if (win.isDestroyed()) return;
    try {
      saveWindowState(stateFile, { bounds: win.getNormalBounds(), maximized: win.isMaximized(), fullScreen: win.isFullScreen() });
    } catch (err) {
      console.warn(`[window] cannot remember the window position: ${(err as Error).message}`);
    }
  };
  win.on('close', remember);

  let loaded = false;
  const pending: [MenuCommand, unknown][] = [];
  win.webContents.on('did-finish-load', () => {
    loaded = true;
    for (const [command, payload] of pending.splice(0)) win.webContents.send(MENU_CHANNEL, command, payload);
  });

  const hash = initialLink ? deepLinkHash(initialLink) : '';
  void win.loadURL(`${devServerUrl ?? appPageUrl()}${hash}`);

  return {
    win,
    send(command, payload) {
      if (win.isDestroyed()) return;
      if (loaded) win.webContents.send(MENU_CHANNEL, command, payload);
      else pending.push([command, payload]);
    },
    focus() {
      if (win.isMinimized()) win.restore();
      win.show();
      win.focus();
    },
  };
}
