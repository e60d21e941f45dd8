import { contextBridge, ipcRenderer } from 'electron';
import { channelOf, methodNames } from '../shared/contract';
import { DESKTOP_CHANNELS, type ReaderDesktop } from '../shared/desktop-api';
import { isMenuCommand, MENU_CHANNEL, MENU_COMMANDS, type MenuCommand } from '../shared/menu-commands';

// window.reader: one function per contract method; main validates every argument.
const reader = Object.fromEntries(
  methodNames.map((name) => [name, (args: unknown) => ipcRenderer.invoke(channelOf(name), args)]),
);

// One listener for menu commands. A command from the system (a link clicked elsewhere, files
// opened with the app) can arrive while the page is still starting, before it has subscribed:
// it is held for the first subscriber instead of being lost. Menu clicks are never replayed.
const menuListeners = new Map<MenuCommand, Set<(payload: never) => void>>();
const undelivered: [MenuCommand, unknown][] = [];
const MAX_UNDELIVERED = 16;
ipcRenderer.on(MENU_CHANNEL, (_event, name: unknown, payload: unknown) => {
  if (!isMenuCommand(name)) return;
  const listeners = menuListeners.get(name);
  if (listeners && listeners.size > 0) for (const listener of [...listeners]) listener(payload as never);
  else if (MENU_COMMANDS[name].accelerator === null && undelivered.length < MAX_UNDELIVERED) undelivered.push([name, payload]);
});

// window.readerDesktop: menu commands and native dialogs. Only fixed channels are reachable;
// the page never sees ipcRenderer or the IPC event object.
const readerDesktop: ReaderDesktop = {
  onMenu(command, listener) {
    if (!isMenuCommand(command)) throw new Error(`Unknown menu command ${String(command)}`);
    const listeners = menuListeners.get(command) ?? new Set();
    menuListeners.set(command, listeners);
    const wrapped = (payload: never) => listener(payload);
    listeners.add(wrapped);
    for (let i = 0; i < undelivered.length; ) {
      if (undelivered[i]![0] === command) wrapped(undelivered.splice(i, 1)[0]![1] as never);
      else i++;
    }
    return () => {
      listeners.delete(wrapped);
    };
  },
  saveFile: (args) => ipcRenderer.invoke(DESKTOP_CHANNELS.saveFile, args),
  chooseImportFiles: () => ipcRenderer.invoke(DESKTOP_CHANNELS.chooseImportFiles),
};

contextBridge.exposeInMainWorld('reader', reader);
contextBridge.exposeInMainWorld('readerDesktop', readerDesktop);
