import { useEffect, useRef } from 'react';
import { MENU_COMMANDS, type MenuCommand, type MenuCommandPayloads } from '../../../electron/shared/menu-commands';
import { desktop } from './desktop-bridge';
import { matchesAccelerator } from './shortcut';

/**
 * Run `handler` when the user picks a menu command: from the native menu in the desktop app,
 * from its keyboard shortcut in browser mode. Use this instead of a keydown listener of your
 * own for these shortcuts, so each fires exactly once.
 *
 *   useMenuCommand('find', () => setSearchOpen(true));
 *   useMenuCommand('imported', (results) => refreshLibrary(results));
 */
export function useMenuCommand<C extends MenuCommand>(command: C, handler: (payload: MenuCommandPayloads[C]) => void): void {
  const latest = useRef(handler);
  latest.current = handler;

  useEffect(() => {
    const bridge = desktop();
    if (bridge) return bridge.onMenu(command, (payload) => latest.current(payload));
    const entry: { accelerator: string | null; browserKeys?: boolean } = MENU_COMMANDS[command];
    const accelerator = entry.accelerator;
    if (!accelerator || entry.browserKeys === false) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (!matchesAccelerator(event, accelerator)) return;
      event.preventDefault();
      latest.current(undefined as MenuCommandPayloads[C]);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [command]);
}
