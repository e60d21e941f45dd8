import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { channelOf, methodNames } from '../shared/contract';
import { ReaderError, toErrorInfo } from '../shared/errors';
import type { CoreApi } from '../core/core-api';
import { isAppOrigin, type RequestPolicyOptions } from './request-policy';

/** Only the top frame of the app's own page (app://reader, or the dev server in development). */
export function assertTrustedSender(event: IpcMainInvokeEvent, options: RequestPolicyOptions): void {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null || !isAppOrigin(frame.url, options)) {
    throw new ReaderError('forbidden', 'IPC from an untrusted frame', '拒绝来自不受信任页面的请求');
  }
}

/**
 * Answer an invoke channel: sender checked, then the handler (which validates its argument).
 * Results travel in an envelope so the renderer receives the structured error
 * (Electron flattens thrown errors to strings).
 */
export function handleTrusted(
  channel: string,
  options: RequestPolicyOptions,
  handler: (args: unknown, event: IpcMainInvokeEvent) => unknown,
): void {
  ipcMain.handle(channel, async (event, args: unknown) => {
    try {
      assertTrustedSender(event, options);
      return { ok: true, result: await handler(args, event) };
    } catch (err) {
      return { ok: false, error: toErrorInfo(err) };
    }
  });
}

/** Register every contract method, forwarded to the core's thread (core/dispatch validates each argument). */
export function registerIpc(lib: CoreApi, options: RequestPolicyOptions): void {
  for (const name of methodNames) {
    handleTrusted(channelOf(name), options, (args) => lib.call(name, args));
  }
}
