import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import { DESKTOP_CHANNELS, safeFileName, saveFileArgs } from '../shared/desktop-api';
import { MENU_CHANNEL } from '../shared/menu-commands';
import { ReaderError } from '../shared/errors';
import { OPENABLE_EXTENSIONS } from '../shared/security-policy';
import type { ImportResult } from '../shared/types';
import { dispatch } from '../core/dispatch';
import type { Library } from '../core/open-library';
import { handleTrusted } from './ipc';
import type { RequestPolicyOptions } from './request-policy';

const DOCUMENT_FILTER = { name: '文档（TXT、Markdown、Word、PDF）', extensions: [...OPENABLE_EXTENSIONS] };

/** Native open dialog, then import (onStart is told once files were chosen); empty when the user cancels. */
export async function chooseAndImport(win: BrowserWindow | null, lib: Library, onStart?: () => void): Promise<ImportResult[]> {
  const options: Electron.OpenDialogOptions = {
    title: '导入文件',
    buttonLabel: '导入',
    properties: ['openFile', 'multiSelections'],
    filters: [DOCUMENT_FILTER, { name: '所有文件', extensions: ['*'] }],
  };
  const choice = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  if (choice.canceled || choice.filePaths.length === 0) return [];
  onStart?.();
  return dispatch(lib.handlers, 'importPaths', { paths: choice.filePaths });
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
  const tmp = path.join(path.dirname(choice.filePath), `.${path.basename(choice.filePath)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, Buffer.from(dataBase64, 'base64'));
    fs.renameSync(tmp, choice.filePath);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw new ReaderError('save_failed', `Cannot save ${choice.filePath}: ${(err as Error).message}`, `无法保存文件：${(err as Error).message}`);
  }
  return choice.filePath;
}

export function registerDesktopIpc(lib: Library, options: RequestPolicyOptions): void {
  handleTrusted(DESKTOP_CHANNELS.saveFile, options, (args, event) => saveWithDialog(BrowserWindow.fromWebContents(event.sender), args));
  handleTrusted(DESKTOP_CHANNELS.chooseImportFiles, options, (_args, event) =>
    chooseAndImport(BrowserWindow.fromWebContents(event.sender), lib, () => event.sender.send(MENU_CHANNEL, 'importing')),
  );
}
