import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, dialog, Menu, session, shell } from 'electron';
import { deepLinkInArgv, parseDeepLink, type DeepLink } from '../shared/deep-link';
import { toErrorInfo } from '../shared/errors';
import { CORE_EVENT_CHANNEL } from '../shared/core-events';
import { createCoreClient, type CoreClient } from '../core/host/core-client';
import { defaultLibraryPath, userDataDir } from '../core/paths';
import { handleAppScheme, registerAppScheme } from './app-protocol';
import { blockedRequestLogger } from './blocked-log';
import { commands } from '../cli/commands';
import { cliArgumentsIn, runBundledCli } from './cli-mode';
import { chooseAndImport, registerDesktopIpc } from './desktop-services';
import { registerIpc } from './ipc';
import { registerLinkScheme } from './link-scheme';
import { menuTemplate } from './menu-template';
import { documentsInArgv } from './open-files';
import type { RequestPolicyOptions } from './request-policy';
import { applySessionPolicy, lockDownWebContents } from './security';
import { createMainWindow, type MainWindow } from './window';
import { windowStateFile } from './window-state';

const outDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The dev server is trusted only when running from source, never in a packaged app.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const policy: RequestPolicyOptions = { devServerUrl };

const cliArgs = cliArgumentsIn(process.argv.slice(app.isPackaged ? 1 : 2), commands.map((c) => c.name));
if (cliArgs) process.exit(runBundledCli(path.join(outDir, 'main', 'policy-reader.js'), cliArgs));

// The CLI and browser mode compute the same folder without Electron; keep them in step.
app.setPath('userData', userDataDir());
registerAppScheme();

function seedsDir(): string {
  return app.isPackaged ? path.join(process.resourcesPath, 'seeds') : path.join(app.getAppPath(), 'seeds');
}

/** The library, running in its own worker thread: this thread only routes windows, menus and IPC. */
let lib: CoreClient | undefined;
let mainWindow: MainWindow | undefined;
/** Documents the system asked us to open before the library and window were ready. */
const pendingDocuments: string[] = [];
/** A policy-reader:// link the app was started with (or, on macOS, sent before it was ready). */
let pendingLink: DeepLink | null = deepLinkInArgv(process.argv.slice(1));

/** Open a paragraph named by a link clicked in another program. */
function openLink(link: DeepLink): void {
  if (!mainWindow) {
    pendingLink = link;
    return;
  }
  if (mainWindow.win.isVisible()) mainWindow.focus();
  mainWindow.send('openLink', link);
}

async function openDocuments(paths: string[]): Promise<void> {
  if (paths.length === 0) return;
  if (!lib || !mainWindow) {
    pendingDocuments.push(...paths);
    return;
  }
  if (mainWindow.win.isVisible()) mainWindow.focus(); // at start-up the window shows itself when ready
  mainWindow.send('importing');
  const results = await lib.call('importPaths', { paths });
  mainWindow.send('imported', results);
}

function showAbout(): void {
  void dialog.showMessageBox({
    type: 'info',
    title: '关于政策阅读器',
    message: `政策阅读器 ${app.getVersion()}`,
    detail:
      '离线阅读、检索、比较和批注政府规划文件。\n\n' +
      '本应用从不连接网络：文件只保存在这台电脑上。\n' +
      `文库与备份位于：${path.dirname(lib?.file ?? defaultLibraryPath())}`,
    buttons: ['确定'],
  });
}

function tellAboutRestore(library: CoreClient): void {
  const restored = library.safety.restored;
  if (!restored) return;
  void dialog.showMessageBox({
    type: 'warning',
    title: '文库已从备份恢复',
    message: '文库文件已损坏，已自动从备份恢复。',
    detail:
      `恢复所用备份的时间：${restored.backup.takenAt.toLocaleString('zh-CN')}。此后所做的更改可能需要重新进行。\n` +
      `损坏的文件已另存为：${restored.damagedCopy}`,
    buttons: ['确定'],
  });
}

async function start(): Promise<void> {
  applySessionPolicy(session.defaultSession, policy, blockedRequestLogger(app.getPath('userData')));
  try {
    lib = await createCoreClient(path.join(outDir, 'main', 'core-worker.js'), {
      file: defaultLibraryPath(),
      seedsDir: seedsDir(),
      role: 'desktop app',
    });
  } catch (err) {
    dialog.showErrorBox('政策阅读器无法启动', toErrorInfo(err).messageZh);
    app.exit(1);
    return;
  }
  const library = lib;
  library.onStopped((err) => {
    dialog.showErrorBox('政策阅读器出错', `${err.messageZh}。请重新启动应用；已保存的内容不受影响。`);
    app.exit(1);
  });
  handleAppScheme(path.join(outDir, 'renderer'));
  registerIpc(library, policy);
  registerDesktopIpc(library, policy);
  // Change events and import progress go to the page as they happen (it refreshes from them).
  library.onEvent((event) => {
    const contents = mainWindow?.win.webContents;
    if (contents && !contents.isDestroyed()) contents.send(CORE_EVENT_CHANNEL, event);
  });
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate(
        {
          importFiles: () =>
            void chooseAndImport(mainWindow?.win ?? null, library, () => mainWindow?.send('importing')).then((results) => {
              if (results.length > 0) mainWindow?.send('imported', results);
            }),
          send: (command) => mainWindow?.send(command),
          about: showAbout,
          // Our own data folder, never a URL: shell.openPath, not openExternal.
          openDataFolder: () => void shell.openPath(path.dirname(library.file)),
        },
        { showDevTools: !app.isPackaged },
      ),
    ),
  );
  registerLinkScheme();
  // A start-up link becomes the page's address, so the first render is already that paragraph.
  mainWindow = createMainWindow(outDir, devServerUrl, windowStateFile(app.getPath('userData')), pendingLink);
  pendingLink = null;
  tellAboutRestore(library);
  void openDocuments([...pendingDocuments.splice(0), ...documentsInArgv(process.argv.slice(1), process.cwd())]);
}

if (!app.requestSingleInstanceLock()) {
  // Another window is already open: it receives our command line (second-instance) and we leave.
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    mainWindow?.focus();
    void openDocuments(documentsInArgv(argv.slice(1), workingDirectory));
    const link = deepLinkInArgv(argv.slice(1));
    if (link) openLink(link);
  });
  // macOS delivers policy-reader:// links as events, also the one the app is launched with.
  app.on('open-url', (event, url) => {
    event.preventDefault();
    const link = parseDeepLink(url);
    if (link) openLink(link);
  });
  // macOS delivers files opened from Finder as events, also before the app is ready.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    void openDocuments([file]);
  });
  app.on('web-contents-created', (_event, contents) => lockDownWebContents(contents));
  void app.whenReady().then(start);
  app.on('window-all-closed', () => app.quit());
  let closing = false;
  // The library thread closes the database before the app leaves.
  app.on('will-quit', (event) => {
    if (!lib || closing) return;
    closing = true;
    event.preventDefault();
    void lib.close().finally(() => app.quit());
  });
}
