import type { ExportFile } from '../../../electron/shared/annotation-types';
import type { ArgsIn } from '../../../electron/shared/contract';
import { api } from '../api/client';
import { desktop } from '../desktop/desktop-bridge';

/**
 * Export annotations and let the user keep the file: in the desktop app the save dialog's path goes
 * to the core, which writes the file there (no bytes through the page); in the browser, a download.
 * Resolves to how many annotations and the file's name, or null when the user cancelled.
 */
export async function exportAndSave(args: ArgsIn<'exportAnnotations'>): Promise<{ count: number; fileName: string } | null> {
  const bridge = desktop();
  if (bridge) {
    const result = await bridge.exportAnnotations(args);
    if (!result.ok) throw new Error(result.error.messageZh);
    return result.result && { count: result.result.count, fileName: result.result.path.split(/[\\/]/).pop()! };
  }
  const file = await api.exportAnnotations(args);
  saveExport(file);
  return { count: file.count, fileName: file.fileName };
}

/** A download of the exported file (browser mode). */
function saveExport(file: ExportFile): void {
  const bytes = Uint8Array.from(atob(file.dataBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
