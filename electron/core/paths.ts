import os from 'node:os';
import path from 'node:path';

export const APP_DIR_NAME = '政策阅读器';

/** The folder Electron's app.getPath('userData') points at; CLI and server use the same one. */
export function userDataDir(): string {
  const home = os.homedir();
  switch (process.platform) {
    case 'win32':
      return path.join(process.env.APPDATA || path.join(home, 'AppData', 'Roaming'), APP_DIR_NAME);
    case 'darwin':
      return path.join(home, 'Library', 'Application Support', APP_DIR_NAME);
    default:
      return path.join(process.env.XDG_CONFIG_HOME || path.join(home, '.config'), APP_DIR_NAME);
  }
}

export function defaultLibraryPath(): string {
  return process.env.POLICY_READER_DB ?? path.join(userDataDir(), 'library.db');
}
