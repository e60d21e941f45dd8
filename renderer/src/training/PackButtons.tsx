import { useRef, useState } from 'react';
import { MAX_PACK_BYTES } from '../../../electron/shared/training-types';
import { api } from '../api/client';
import { useApp } from '../app-context';
import { annotationStore } from '../annotations/annotation-store';
import { saveExport } from '../annotations/download';

/** Bytes of a picked file as base64, for the API. */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Open a course pack (.prpack): what is missing is imported, the trainer's layer updated, its first path chosen. */
export function OpenPackButton({ onOpened }: { onOpened(pathId: number | null): void }) {
  const { notify } = useApp();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const open = async (file: File) => {
    if (file.size > MAX_PACK_BYTES) return notify(`无法打开课程包：文件超过 ${MAX_PACK_BYTES / 1048576} MB`);
    setBusy(true);
    try {
      const r = await api.openCoursePack({ dataBase64: await base64Of(file) });
      notify(
        `已打开课程包：新增文档 ${r.documents.added.length} 篇，已有 ${r.documents.present.length} 篇；培训者批注新增 ${r.annotations.added} 条，更新 ${r.annotations.updated} 条，移除 ${r.annotations.removed} 条`,
      );
      await annotationStore.reloadAll();
      onOpened(r.firstPathId);
    } catch (err) {
      notify(`无法打开课程包：${(err as Error).message}`);
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };
  return (
    <>
      <button type="button" className="text-button small" onClick={() => input.current?.click()} disabled={busy}>
        {busy ? '正在打开……' : '打开课程包'}
      </button>
      <input ref={input} type="file" accept=".prpack" hidden aria-label="选择课程包文件" onChange={(e) => e.target.files?.[0] && void open(e.target.files[0])} />
    </>
  );
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
