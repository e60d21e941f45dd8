import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { channelOf, methodNames } from '../shared/contract';
import { ReaderError, toErrorInfo } from '../shared/errors';
import { dispatch } from '../core/dispatch';
import type { Library } from '../core/open-library';

/** Only the app's own top frame, loaded from our files or the dev server, may call the core. */
function isTrustedSender(event: IpcMainInvokeEvent, devServerUrl: string | undefined): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  const url = new URL(frame.url);
  if (url.protocol === 'file:') return true;
  return devServerUrl !== undefined && url.origin === new URL(devServerUrl).origin;
}

/**
 * Register every contract method. Results travel in an envelope so the renderer
 * receives the structured error (Electron flattens thrown errors to strings).
 */
export function registerIpc(lib: Library, devServerUrl: string | undefined): void {
  for (const name of methodNames) {
    ipcMain.handle(channelOf(name), async (event, args: unknown) => {
      try {
        if (!isTrustedSender(event, devServerUrl)) {
          throw new ReaderError('forbidden', 'IPC from an untrusted frame', '拒绝来自不受信任页面的请求');
        }
        return { ok: true, result: await dispatch(lib.handlers, name, args) };
      } catch (err) {
        return { ok: false, error: toErrorInfo(err) };
      }
    });
  }
}
