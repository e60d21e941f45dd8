import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, dialog } from 'electron';
import { toErrorInfo } from '../shared/errors';
import { openLibrary, type Library } from '../core/open-library';
import { defaultLibraryPath, userDataDir } from '../core/paths';
import { registerIpc } from './ipc';
import { createMainWindow } from './window';

const outDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const devServerUrl = process.env.ELECTRON_RENDERER_URL;

// The CLI and browser mode compute the same folder without Electron; keep them in step.
app.setPath('userData', userDataDir());

function seedsDir(): string {
  return app.isPackaged ? path.join(process.resourcesPath, 'seeds') : path.join(app.getAppPath(), 'seeds');
}

let lib: Library | undefined;

app.whenReady().then(() => {
  try {
    lib = openLibrary(defaultLibraryPath(), { seedsDir: seedsDir() });
  } catch (err) {
    dialog.showErrorBox('政策阅读器无法启动', toErrorInfo(err).messageZh);
    app.exit(1);
    return;
  }
  registerIpc(lib, devServerUrl);
  createMainWindow(outDir, devServerUrl);
});

app.on('window-all-closed', () => app.quit());
app.on('will-quit', () => lib?.close());
