import { useState } from 'react';
import type { DocumentSummary } from '../../../electron/shared/types';
import { api } from '../api/client';
import { useApp } from '../app-context';
import { otherCopies } from '../library/versions';
import { useAsync } from '../useAsync';
import { annotationStore } from './annotation-store';

/**
 * Bring the annotations of another document (an older edition, an earlier import) onto this one:
 * each is placed where its quote is, fuzzily if the wording changed, or kept as 未定位.
 */
export function MigrateAnnotations({ docId, onDone }: { docId: number; onDone(): void }) {
  const { notify } = useApp();
  const sources = useAsync(async () => {
    const [docs, all] = await Promise.all([api.listDocuments({}), api.listAnnotations({})]);
    const counts = new Map<number, number>();
    for (const a of all) if (a.docId !== null && a.docId !== docId) counts.set(a.docId, (counts.get(a.docId) ?? 0) + 1);
    // Other copies of this work first (the likely source); other documents after them.
    const copies = otherCopies(docs.find((d) => d.id === docId), docs);
    const rest = docs.filter((d) => !copies.includes(d));
    return [...copies, ...rest].filter((d) => counts.has(d.id)).map((d): [DocumentSummary, number, boolean] => [d, counts.get(d.id)!, copies.includes(d)]);
  }, [docId]);
  const [from, setFrom] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  if (!sources.data) return <p className="muted">正在查找……</p>;
  if (sources.data.length === 0) return <p className="muted">其他文件中没有批注可迁移。</p>;
  const chosen = from ?? sources.data[0]![0].id;
  const run = async () => {
    setBusy(true);
    try {
      const r = await api.reanchorAnnotations({ fromDocId: chosen, toDocId: docId });
      notify(`已迁移 ${r.total} 条批注：原样定位 ${r.exact} 条，近似定位 ${r.fuzzy} 条，未能定位 ${r.detached} 条（已保留）`);
      await annotationStore.reloadAll();
      onDone();
    } catch (err) {
      notify(`迁移失败：${(err as Error).message}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="anno-migrate">
      <label>
        从
        <select value={chosen} onChange={(e) => setFrom(Number(e.target.value))} aria-label="迁移来源文件">
          {[true, false].map((copies) => {
            const group = sources.data!.filter(([, , copy]) => copy === copies);
            return (
              group.length > 0 && (
                <optgroup key={String(copies)} label={copies ? '同一文件的其他版本' : '其他文件'}>
                  {group.map(([d, n]) => (
                    <option key={d.id} value={d.id}>
                      {d.title}（{n} 条）
                    </option>
                  ))}
                </optgroup>
              )
            );
          })}
        </select>
      </label>
      {!sources.data.find(([d]) => d.id === chosen)?.[2] && <p className="warning-note">所选文件不是本文件的另一版本，批注多半无法定位。</p>}
      <button type="button" className="text-button small" onClick={() => void run()} disabled={busy}>
        迁移到本文档
      </button>
    </div>
  );
}
