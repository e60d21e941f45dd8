import { useRef, useState } from 'react';
import { api } from '../api/client';
import { useApp } from '../app-context';
import { annotationStore } from './annotation-store';

/** Pick an annotation pack (.json) and merge it into the library. */
export function ImportPackButton({ onImported }: { onImported(): void }) {
  const { notify } = useApp();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);

  const importFile = async (file: File) => {
    setBusy(true);
    try {
      const r = await api.importAnnotationPack({ pack: await file.text() });
      const parts = [`新增 ${r.added} 条`, `更新 ${r.updated} 条`, `已有 ${r.unchanged} 条`];
      if (r.detached > 0) parts.push(`${r.detached} 条未能定位（已保留）`);
      if (r.missingDocuments.length > 0) parts.push(`文库中缺少：${r.missingDocuments.map((t) => `《${t}》`).join('、')}`);
      notify(`已导入批注包：${parts.join('，')}`);
      await annotationStore.reloadAll();
      onImported();
    } catch (err) {
      notify(`无法导入批注包：${(err as Error).message}`);
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <>
      <button type="button" className="text-button small" onClick={() => input.current?.click()} disabled={busy}>
        {busy ? '正在导入……' : '导入批注包'}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label="选择批注包文件"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void importFile(file);
        }}
      />
    </>
  );
}
