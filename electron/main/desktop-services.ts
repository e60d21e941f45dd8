import path from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import { DESKTOP_CHANNELS, safeFileName, saveFileArgs } from '../shared/desktop-api';
import { MENU_CHANNEL } from '../shared/menu-commands';
import { ReaderError } from '../shared/errors';
import { OPENABLE_EXTENSIONS } from '../shared/security-policy';
import type { ImportResult } from '../shared/types';
import { contract } from '../shared/contract';
import type { CoreApi } from '../core/core-api';
import { writeFileAtomic } from '../core/atomic-write';
import { exportFileName } from '../core/export/export-annotations';
import { handleTrusted } from './ipc';
import type { RequestPolicyOptions } from './request-policy';

const DOCUMENT_FILTER = { name: '文档（TXT、Markdown、Word、PDF）', extensions: [...OPENABLE_EXTENSIONS] };

/** Native open dialog, then import (onStart is told once files were chosen); empty when the user cancels. */
export async function chooseAndImport(win: BrowserWindow | null, lib: CoreApi, onStart?: () => void): Promise<ImportResult[]> {
  const options: Electron.OpenDialogOptions = {
    title: '导入文件',
    buttonLabel: '导入',
    properties: ['openFile', 'multiSelections'],
    filters: [DOCUMENT_FILTER, { name: '所有文件', extensions: ['*'] }],
  };
  const choice = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  if (choice.canceled || choice.filePaths.length === 0) return [];
  onStart?.();
  return lib.call('importPaths', { paths: choice.filePaths });
}

/** Native save dialog; writes the bytes next to nothing else and returns the path, or null if cancelled. */
async function saveWithDialog(win: BrowserWindow | null, rawArgs: unknown): Promise<string | null> {
  const parsed = saveFileArgs.safeParse(rawArgs);
  if (!parsed.success) {
    throw new ReaderError('bad_arguments', `Invalid arguments for saveFile: ${parsed.error.message}`, '保存参数无效');
  }
  const { suggestedName, dataBase64, filters } = parsed.data;
  const options: Electron.SaveDialogOptions = {
    title: '保存',
    defaultPath: path.join(app.getPath('documents'), safeFileName(suggestedName)),
    filters,
  };
  const choice = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return null;
  writeFileAtomic(choice.filePath, Buffer.from(dataBase64, 'base64'));
  return choice.filePath;
}

const EXPORT_FILTERS: Record<'docx' | 'md' | 'json', Electron.FileFilter> = {
  docx: { name: 'Word 文档', extensions: ['docx'] },
  md: { name: 'Markdown', extensions: ['md'] },
  json: { name: '批注包', extensions: ['json'] },
};

/**
 * Export annotations to a file the user chooses: the save dialog's path goes to the core, which builds
 * the file and writes it atomically there; the bytes never travel to the page and back.
 */
async function exportWithDialog(win: BrowserWindow | null, lib: CoreApi, rawArgs: unknown): Promise<{ path: string; count: number } | null> {
  const parsed = contract.exportAnnotations.args.safeParse(rawArgs ?? {});
  if (!parsed.success) {
    throw new ReaderError('bad_arguments', `Invalid arguments for exportAnnotations: ${parsed.error.message}`, '导出参数无效');
  }
  const request = parsed.data;
  const docId = request.filter?.docId;
  const title = docId !== undefined ? (await lib.call('getDocument', { docId })).title : null;
  const options: Electron.SaveDialogOptions = {
    title: '导出批注',
    defaultPath: path.join(app.getPath('documents'), safeFileName(exportFileName(title, request.format))),
    filters: [EXPORT_FILTERS[request.format]],
  };
  const choice = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return null;
  const written = await lib.exportToFile({ ...request, path: choice.filePath });
  return { path: written.path, count: written.count };
}

export function registerDesktopIpc(lib: CoreApi, options: RequestPolicyOptions): void {
  handleTrusted(DESKTOP_CHANNELS.saveFile, options, (args, event) => saveWithDialog(BrowserWindow.fromWebContents(event.sender), args));
  handleTrusted(DESKTOP_CHANNELS.exportAnnotations, options, (args, event) =>
    exportWithDialog(BrowserWindow.fromWebContents(event.sender), lib, args),
  );
  handleTrusted(DESKTOP_CHANNELS.chooseImportFiles, options, (_args, event) =>
    chooseAndImport(BrowserWindow.fromWebContents(event.sender), lib, () => event.sender.send(MENU_CHANNEL, 'importing')),
  );
}
