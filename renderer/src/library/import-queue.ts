import { useSyncExternalStore } from 'react';
import type { ImportResult } from '../../../electron/shared/types';
import { api, ApiError } from '../api/client';
import { base64Of } from '../FilePickButton';

export interface ImportProgress {
  total: number;
  done: number;
  current: string | null;
  results: ImportResult[];
  running: boolean;
}

const IDLE: ImportProgress = { total: 0, done: 0, current: null, results: [], running: false };
let state = IDLE;
const listeners = new Set<() => void>();
function set(next: ImportProgress) {
  state = next;
  listeners.forEach((l) => l());
}

export function useImportProgress(): ImportProgress {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => state,
  );
}

export function dismissImport(): void {
  if (!state.running) set(IDLE);
}

const MAX_FILE_BYTES = 100 * 1024 * 1024;

/**
 * Import files one at a time, so progress can be shown and one bad file never stops the rest.
 * Files dropped while an import runs join the same queue.
 */
export async function importFiles(files: File[], onImported: (results: ImportResult[]) => void): Promise<void> {
  if (files.length === 0) return;
  if (state.running) {
    queue.push(...files.map((file) => ({ file, onImported })));
    set({ ...state, total: state.total + files.length });
    return;
  }
  queue.push(...files.map((file) => ({ file, onImported })));
  set({ total: files.length, done: 0, current: null, results: [], running: true });
  while (queue.length > 0) {
    const { file, onImported: notify } = queue.shift()!;
    set({ ...state, current: file.name });
    const result = await importOne(file);
    set({ ...state, done: state.done + 1, results: [...state.results, result] });
    notify([result]);
  }
  set({ ...state, current: null, running: false });
}

const queue: { file: File; onImported: (results: ImportResult[]) => void }[] = [];

async function importOne(file: File): Promise<ImportResult> {
  if (file.size > MAX_FILE_BYTES) {
    return failure(file.name, 'too_large', `文件超过 100 MB，未导入`);
  }
  try {
    const [result] = await api.importUploads({ files: [{ name: file.name, dataBase64: await base64Of(file) }] });
    return result ?? failure(file.name, 'no_result', '导入没有返回结果');
  } catch (err) {
    if (err instanceof ApiError) return { file: file.name, ok: false, error: err.info };
    return failure(file.name, 'unreadable', `无法读取文件：${(err as Error).message}`);
  }
}

function failure(file: string, code: string, messageZh: string): ImportResult {
  return { file, ok: false, error: { code, message: messageZh, messageZh } };
}
