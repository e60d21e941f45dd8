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
  await saveExport(file);
  return { count: file.count, fileName: file.fileName };
}

const FILTERS: Record<string, { name: string; extensions: string[] }> = {
  docx: { name: 'Word 文档', extensions: ['docx'] },
  md: { name: 'Markdown', extensions: ['md'] },
  json: { name: '批注包', extensions: ['json'] },
  csv: { name: 'CSV', extensions: ['csv'] },
  xlsx: { name: 'Excel 工作簿', extensions: ['xlsx'] },
};

/**
 * Let the user keep a file the core built and sent (search results, …): the native save dialog in the
 * desktop app, a download in the browser. Resolves to false when the user cancelled the dialog.
 * Annotation exports use exportAndSave instead: there the core writes the file itself.
 */
export async function saveExport(file: ExportFile): Promise<boolean> {
  const bridge = desktop();
  if (bridge) {
    const ext = file.fileName.split('.').pop() ?? '';
    const result = await bridge.saveFile({
      suggestedName: file.fileName,
      dataBase64: file.dataBase64,
      filters: FILTERS[ext] ? [FILTERS[ext]!] : undefined,
    });
    if (!result.ok) throw new Error(result.error.messageZh);
    return result.result !== null;
  }
  const bytes = Uint8Array.from(atob(file.dataBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
  return true;
}
