import { app } from 'electron';
import { DEEP_LINK_SCHEME } from '../shared/deep-link';

/**
 * Make the system hand policy-reader:// links to this app. The installers also declare the
 * scheme (package.json "build".protocols); registering at run time covers the portable exe
 * and the AppImage, which are never installed. Only the packaged app registers: a development
 * run would otherwise take the links away from the installed app (run it with the link as an
 * argument instead: `electron . policy-reader://open/doc/1/block/2`).
 */
export function registerLinkScheme(): void {
  if (!app.isPackaged || app.isDefaultProtocolClient(DEEP_LINK_SCHEME)) return;
  if (!app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME)) console.warn(`[links] could not register ${DEEP_LINK_SCHEME}:// links with the system`);
}
