import { z } from 'zod';
import type { MenuCommand, MenuCommandPayloads } from './menu-commands';

export { DESKTOP_CHANNELS } from './channels';

export const MAX_SAVE_BYTES = 200 * 1024 * 1024;

/** A file the renderer asks the user to save (e.g. an annotations export) through the native save dialog. */
export const saveFileArgs = z
  .object({
    /** Proposed file name; folders and characters Windows forbids are replaced (see safeFileName). */
    suggestedName: z.string().min(1).max(255),
    dataBase64: z.string().max(Math.ceil((MAX_SAVE_BYTES * 4) / 3) + 4),
    /** Filters shown in the dialog, e.g. { name: 'Word 文档', extensions: ['docx'] }. */
    filters: z
      .array(z.object({ name: z.string().min(1).max(60), extensions: z.array(z.string().regex(/^[a-z0-9]{1,8}$/i)).min(1).max(8) }).strict())
      .max(8)
      .optional(),
  })
  .strict();

/**
 * A proposed name made safe for every file system: no folders (a title like "2021/2025" must not
 * choose a directory), none of the characters Windows forbids, no trailing dots or spaces,
 * at most 120 characters before the extension.
 */
export function safeFileName(name: string): string {
  const cleaned = name
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_')
    .replace(/[. ]+$/, '')
    .trim();
  const ext = /\.[a-z0-9]{1,8}$/i.exec(cleaned)?.[0] ?? '';
  const safe = `${cleaned.slice(0, cleaned.length - ext.length).slice(0, 120)}${ext}`;
  return /^[_.]*$/.test(safe) ? '导出文件' : safe;
}

export type SaveFileArgs = z.input<typeof saveFileArgs>;

/** Outcome of a desktop call: the envelope mirrors the API's. */
export type DesktopEnvelope<T> = { ok: true; result: T } | { ok: false; error: { code: string; message: string; messageZh: string } };

/** `window.readerDesktop`, exposed by the preload in the desktop app only. */
export interface ReaderDesktop {
  /** Subscribe to a menu command; returns the unsubscribe function. */
  onMenu<C extends MenuCommand>(command: C, listener: (payload: MenuCommandPayloads[C]) => void): () => void;
  /** Native save dialog; resolves to the saved path, or null if the user cancelled. */
  saveFile(args: SaveFileArgs): Promise<DesktopEnvelope<string | null>>;
  /**
   * Native save dialog, then the core writes the export there (atomically); resolves to where and how
   * many annotations, or null if the user cancelled. Arguments as the contract's exportAnnotations.
   */
  exportAnnotations(args: import('./contract').ArgsIn<'exportAnnotations'>): Promise<DesktopEnvelope<{ path: string; count: number } | null>>;
  /** Core events (changes, import progress) as they happen; returns the unsubscribe function. */
  onCoreEvent(listener: (event: import('./core-events').CoreEvent) => void): () => void;
  /** Native open dialog, then import; resolves to the import results (empty if cancelled). */
  chooseImportFiles(): Promise<DesktopEnvelope<import('./types').ImportResult[]>>;
}
