import { isMenuCommand, MENU_COMMANDS, type MenuCommand, type MenuCommandPayloads } from './menu-commands';

/** Most held system commands kept; more would mean the page never started, and they are dropped. */
const MAX_HELD = 16;

/**
 * Hands menu commands arriving from main to the page's subscribers (used by the preload).
 * A command from the system (a link clicked elsewhere, files opened with the app) can arrive
 * while the page is still starting, before it has subscribed: it is held for the first
 * subscriber instead of being lost. Menu clicks (commands with a shortcut) are never replayed.
 */
export function createMenuRelay() {
  const listeners = new Map<MenuCommand, Set<(payload: never) => void>>();
  const held: [MenuCommand, unknown][] = [];

  return {
    /** A message from main; anything that is not a known command is ignored. */
    deliver(name: unknown, payload: unknown): void {
      if (!isMenuCommand(name)) return;
      const current = listeners.get(name);
      if (current && current.size > 0) for (const listener of [...current]) listener(payload as never);
      else if (MENU_COMMANDS[name].accelerator === null && held.length < MAX_HELD) held.push([name, payload]);
    },

    /** Subscribe; held commands of this kind are delivered at once. Returns the unsubscribe function. */
    subscribe<C extends MenuCommand>(command: C, listener: (payload: MenuCommandPayloads[C]) => void): () => void {
      if (!isMenuCommand(command)) throw new Error(`Unknown menu command ${String(command)}`);
      const current = listeners.get(command) ?? new Set();
      listeners.set(command, current);
      const wrapped = (payload: never) => listener(payload);
      current.add(wrapped);
      for (let i = 0; i < held.length; ) {
        if (held[i]![0] === command) wrapped(held.splice(i, 1)[0]![1] as never);
        else i++;
      }
      return () => {
        current.delete(wrapped);
      };
    },
  };
}
