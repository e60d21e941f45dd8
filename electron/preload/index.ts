import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { channelOf, methodNames } from '../shared/contract';
import { DESKTOP_CHANNELS, type ReaderDesktop } from '../shared/desktop-api';
import { isMenuCommand, MENU_CHANNEL, type MenuCommand } from '../shared/menu-commands';

// window.reader: one function per contract method; main validates every argument.
const reader = Object.fromEntries(
  methodNames.map((name) => [name, (args: unknown) => ipcRenderer.invoke(channelOf(name), args)]),
);

// window.readerDesktop: menu commands and native dialogs. Only fixed channels are reachable;
// the page never sees ipcRenderer or the IPC event object.
const readerDesktop: ReaderDesktop = {
  onMenu(command, listener) {
    if (!isMenuCommand(command)) throw new Error(`Unknown menu command ${String(command)}`);
    const wrapped = (_event: IpcRendererEvent, name: MenuCommand, payload: unknown) => {
      if (name === command) listener(payload as never);
    };
    ipcRenderer.on(MENU_CHANNEL, wrapped);
    return () => {
      ipcRenderer.removeListener(MENU_CHANNEL, wrapped);
    };
  },
  saveFile: (args) => ipcRenderer.invoke(DESKTOP_CHANNELS.saveFile, args),
  chooseImportFiles: () => ipcRenderer.invoke(DESKTOP_CHANNELS.chooseImportFiles),
};

contextBridge.exposeInMainWorld('reader', reader);
contextBridge.exposeInMainWorld('readerDesktop', readerDesktop);
