import { contextBridge, ipcRenderer } from 'electron';
import { channelOf, methodNames } from '../shared/contract';

// window.reader: one function per contract method; main validates every argument.
const reader = Object.fromEntries(
  methodNames.map((name) => [name, (args: unknown) => ipcRenderer.invoke(channelOf(name), args)]),
);

contextBridge.exposeInMainWorld('reader', reader);
