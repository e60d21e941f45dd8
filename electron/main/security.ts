import type { Session, WebContents } from 'electron';
import { checkRequest, isPermissionAllowed, type RequestPolicyOptions } from './request-policy';
import { isPresentationScreen } from './screen-windows';

export type BlockedRequestLogger = (url: string, reason: string) => void;

/**
 * Offline by construction: every request of the session passes checkRequest; anything that
 * is not the app's own files is cancelled and logged. Permission prompts are answered "no"
 * except the two the reader uses on its own page (copy to clipboard, full screen).
 */
export function applySessionPolicy(session: Session, options: RequestPolicyOptions, logBlocked: BlockedRequestLogger): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    const decision = checkRequest(details.url, options);
    if (!decision.allow) logBlocked(details.url, decision.reason);
    callback({ cancel: !decision.allow });
  });
  session.setPermissionRequestHandler((webContents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl ?? webContents.getURL(), options));
  });
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin, options),
  );
  // No device access at all (USB, serial, HID).
  session.setDevicePermissionHandler(() => false);
}

/**
 * Every web contents the app creates: no navigation away from the app, no new windows but a
 * presentation's second screen (which inherits the opener's locked-down web preferences and is locked
 * down in turn), no <webview>. The app opens no external links, so shell.openExternal is never called.
 */
export function lockDownWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) =>
    isPresentationScreen(url, contents.getURL())
      ? { action: 'allow', overrideBrowserWindowOptions: { width: 1280, height: 800, autoHideMenuBar: true, backgroundColor: '#ffffff' } }
      : { action: 'deny' },
  );
}
