import { useState } from 'react';
import type { ArgsIn } from '../../../electron/shared/contract';
import { api } from '../api/client';
import { useApp } from '../app-context';
import { saveExport } from '../annotations/download';

/** 导出 Excel / 导出 Word for the table being shown. */
export function ExportButtons({ request }: { request: Omit<ArgsIn<'exportTable'>, 'format'> | null }) {
  const { notify } = useApp();
  const [busy, setBusy] = useState(false);
  const run = async (format: 'xlsx' | 'docx') => {
    if (!request) return;
    setBusy(true);
    try {
      const file = await api.exportTable({ ...request, format });
      if (await saveExport(file)) notify(`已导出 ${file.count} 行：${file.fileName}`);
    } catch (err) {
      notify(`导出失败：${(err as Error).message}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="tbl-export">
      <button type="button" className="tbl-button" disabled={!request || busy} onClick={() => void run('xlsx')}>
        导出 Excel
      </button>
      <button type="button" className="tbl-button" disabled={!request || busy} onClick={() => void run('docx')}>
        导出 Word
      </button>
    </div>
  );
}
