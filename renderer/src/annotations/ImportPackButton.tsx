import { api } from '../api/client';
import { useApp } from '../app-context';
import { FilePickButton } from '../FilePickButton';
import { annotationStore } from './annotation-store';

/** Pick an annotation pack (.json) and merge it into the library. */
export function ImportPackButton({ onImported }: { onImported(): void }) {
  const { notify } = useApp();
  const importFile = async (file: File) => {
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
    }
  };
  return <FilePickButton label="导入批注包" busyLabel="正在导入……" accept=".json,application/json" inputLabel="选择批注包文件" onFile={importFile} />;
}
