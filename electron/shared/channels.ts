// IPC channel names, formed only here. Free of schemas, so the sandboxed preload bundles only this.

/** The IPC channel of a contract method (main registers one per method; see main/ipc.ts). */
export function channelOf(name: string): string {
  return `reader:${name}`;
}

/** What a method name looks like; the preload forwards nothing else. */
export const METHOD_NAME = /^[a-zA-Z]{1,60}$/;

/** IPC channels renderer → main for desktop-only services (dialogs). */
export const DESKTOP_CHANNELS = {
  saveFile: 'desktop:saveFile',
  chooseImportFiles: 'desktop:chooseImportFiles',
  exportAnnotations: 'desktop:exportAnnotations',
} as const;
