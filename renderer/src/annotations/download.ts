import type { ExportFile } from '../../../electron/shared/annotation-types';
import { desktop } from '../desktop/desktop-bridge';

const FILTERS: Record<string, { name: string; extensions: string[] }> = {
  docx: { name: 'Word 文档', extensions: ['docx'] },
  md: { name: 'Markdown', extensions: ['md'] },
  json: { name: '批注包', extensions: ['json'] },
};

/**
 * Let the user keep an exported file: the native save dialog in the desktop app, a download in the
 * browser. Resolves to false when the user cancelled the dialog.
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
