import { contextBridge, ipcRenderer } from 'electron';
import { channelOf, DESKTOP_CHANNELS, METHOD_NAME } from '../shared/channels';
import { CORE_EVENT_CHANNEL, type CoreEvent } from '../shared/core-events';
import type { ReaderDesktop } from '../shared/desktop-api';
import { MENU_CHANNEL } from '../shared/menu-commands';
import { createMenuRelay } from '../shared/menu-relay';

// window.reader.call(method, args): main answers each contract method (and only those) and validates every
// argument. The contract's schemas stay out of the preload: it needs no list of names.
const reader = {
  call: (name: unknown, args: unknown) =>
    typeof name === 'string' && METHOD_NAME.test(name)
      ? ipcRenderer.invoke(channelOf(name), args)
      : Promise.resolve({ ok: false, error: { code: 'unknown_method', message: `Unknown method ${String(name)}`, messageZh: '未知的接口' } }),
};

// Menu commands from main, held while the page has not subscribed yet (see createMenuRelay).
const menu = createMenuRelay();
ipcRenderer.on(MENU_CHANNEL, (_event, name: unknown, payload: unknown) => menu.deliver(name, payload));

// window.readerDesktop: menu commands and native dialogs. Only fixed channels are reachable;
// the page never sees ipcRenderer or the IPC event object.
const readerDesktop: ReaderDesktop = {
  onMenu: (command, listener) => menu.subscribe(command, listener),
  saveFile: (args) => ipcRenderer.invoke(DESKTOP_CHANNELS.saveFile, args),
  chooseImportFiles: () => ipcRenderer.invoke(DESKTOP_CHANNELS.chooseImportFiles),
  exportAnnotations: (args) => ipcRenderer.invoke(DESKTOP_CHANNELS.exportAnnotations, args),
  onCoreEvent: (listener) => {
    const relay = (_event: unknown, coreEvent: CoreEvent) => listener(coreEvent);
    ipcRenderer.on(CORE_EVENT_CHANNEL, relay);
    return () => void ipcRenderer.removeListener(CORE_EVENT_CHANNEL, relay);
  },
};

contextBridge.exposeInMainWorld('reader', reader);
contextBridge.exposeInMainWorld('readerDesktop', readerDesktop);
