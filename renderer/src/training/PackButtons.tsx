import { useState } from 'react';
import { MAX_PACK_BYTES } from '../../../electron/shared/training-types';
import { api } from '../api/client';
import { useApp } from '../app-context';
import { annotationStore } from '../annotations/annotation-store';
import { saveExport } from '../annotations/download';
import { base64Of, FilePickButton } from '../FilePickButton';

/** Open a course pack (.prpack): what is missing is imported, the trainer's layer updated, its first path chosen. */
export function OpenPackButton({ onOpened }: { onOpened(pathId: number | null): void }) {
  const { notify } = useApp();
  const open = async (file: File) => {
    if (file.size > MAX_PACK_BYTES) return notify(`无法打开课程包：文件超过 ${MAX_PACK_BYTES / 1048576} MB`);
    try {
      const r = await api.openCoursePack({ dataBase64: await base64Of(file) });
      notify(
        `已打开课程包：新增文档 ${r.documents.added.length} 篇，已有 ${r.documents.present.length} 篇；培训者批注新增 ${r.annotations.added} 条，更新 ${r.annotations.updated} 条，移除 ${r.annotations.removed} 条`,
      );
      await annotationStore.reloadAll();
      onOpened(r.firstPathId);
    } catch (err) {
      notify(`无法打开课程包：${(err as Error).message}`);
    }
  };
  return <FilePickButton label="打开课程包" busyLabel="正在打开……" accept=".prpack" inputLabel="选择课程包文件" onFile={open} />;
}

/** Save the path as a course pack, or as a Word handout (with or without the trainer's notes). */
export function ExportButtons({ pathId }: { pathId: number }) {
  const { notify } = useApp();
  const [withNotes, setWithNotes] = useState(true);
  const run = async (what: string, build: () => ReturnType<typeof api.createCoursePack>) => {
    try {
      const file = await build();
      if (await saveExport(file)) notify(`已导出${what}：${file.fileName}`);
    } catch (err) {
      notify(`无法导出${what}：${(err as Error).message}`);
    }
  };
  return (
    <div className="training-exports">
      <button type="button" className="text-button small" onClick={() => void run('课程包', () => api.createCoursePack({ pathIds: [pathId] }))}>
        导出课程包
      </button>
      <button type="button" className="text-button small" onClick={() => void run('讲义', () => api.exportHandout({ pathId, includeNotes: withNotes }))}>
        导出讲义
      </button>
      <label className="training-check">
        <input type="checkbox" checked={withNotes} onChange={(e) => setWithNotes(e.target.checked)} />
        讲义含讲解备注
      </label>
    </div>
  );
}
