import { useState } from 'react';
import { api } from '../api/client';
import { useApp } from '../app-context';
import { useMenuCommand } from '../desktop/useMenuCommand';
import { useAsync } from '../useAsync';
import { ExportDialog, type ExportScope } from './ExportDialog';

/** 文件 › 导出批注… (Ctrl+Shift+E) from anywhere: the export dialog for this document or the library. */
export function ExportShortcut() {
  const { activeDocId } = useApp();
  const [open, setOpen] = useState(false);
  useMenuCommand('exportAnnotations', () => setOpen(true));
  const title = useAsync(
    () => (activeDocId === null || !open ? Promise.resolve(null) : api.getDocument({ docId: activeDocId }).then((d) => d.title)),
    [activeDocId, open],
  );
  if (!open || title.loading) return null;
  const scopes: ExportScope[] = [
    ...(activeDocId !== null && title.data ? [{ kind: 'doc' as const, docId: activeDocId, title: title.data }] : []),
    { kind: 'all' },
  ];
  return <ExportDialog scopes={scopes} onClose={() => setOpen(false)} />;
}
