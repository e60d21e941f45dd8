import type { ReaderDesktop } from '../../../electron/shared/desktop-api';

declare global {
  interface Window {
    /** Exposed by the Electron preload (menus, native dialogs); absent in browser mode. */
    readerDesktop?: ReaderDesktop;
  }
}

/** The desktop services, or undefined in browser mode. */
export function desktop(): ReaderDesktop | undefined {
  return typeof window === 'undefined' ? undefined : window.readerDesktop;
}
