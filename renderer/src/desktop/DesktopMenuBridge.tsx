import { useCallback, useState } from 'react';
import type { ImportResult } from '../../../electron/shared/types';
import { ImportProgressBar } from '../import/ImportProgressBar';
import { useApp } from '../app-context';
import { desktop } from './desktop-bridge';
import { useMenuCommand } from './useMenuCommand';

/** A short Chinese summary of an import started from the menu or from the system. */
export function importSummary(results: ImportResult[]): string {
  const added = results.filter((r) => r.ok && !r.duplicateOf).length;
  const already = results.filter((r) => r.ok && r.duplicateOf).length;
  const failed = results.filter((r) => !r.ok);
  const parts = [added > 0 ? `已导入 ${added} 份文件` : '', already > 0 ? `${already} 份已在文库中` : '', failed.length > 0 ? `${failed.length} 份无法导入：${failed[0]!.error?.messageZh ?? failed[0]!.file}` : ''];
  return parts.filter(Boolean).join('；') || '没有导入任何文件';
}

/** Desktop app only: what the native menu and the system ask of the shell; shows their import's progress. */
function DesktopCommands() {
  const { present, openDocument, notify } = useApp();
  const [importing, setImporting] = useState(false);
  const importDone = useCallback(() => setImporting(false), []);
  useMenuCommand('presentation', present);
  useMenuCommand('importing', () => setImporting(true));
  useMenuCommand('imported', (results) => {
    setImporting(false);
    if (results.length === 0) return;
    notify(importSummary(results));
    const first = results.find((r) => r.ok && r.docId !== undefined);
    if (first) openDocument(first.docId!);
  });
  // A policy-reader:// link clicked in another program: the paragraph it names, as the hash route opens it.
  useMenuCommand('openLink', (link) => openDocument(link.docId, { blockId: link.blockId }));
  return importing ? <ImportProgressBar onIdle={importDone} /> : null;
}

/** Mounted in the header (see register.ts); in browser mode the shell's own shortcuts apply. */
export function DesktopMenuBridge() {
  return desktop() ? <DesktopCommands /> : null;
}
