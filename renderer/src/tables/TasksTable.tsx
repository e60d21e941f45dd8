import { useState } from 'react';
import type { TaskRow } from '../../../electron/shared/table-types';
import { api } from '../api/client';
import { EditButton, EditorActions, ResetButton, useCorrectable } from './correctable';
import { rowOpens, useOpenParagraph } from './open-paragraph';

const units = (text: string) => text.split(/[、，,;；\s]+/u).map((u) => u.trim()).filter(Boolean);

/** 任务: the numbered tasks of a document; a row opens its paragraph, ✎ corrects lead, partners and deadline. */
export function TasksTable({ docId }: { docId: number }) {
  const t = useCorrectable<TaskRow, number>(docId, 'tasks', () => api.documentTasks({ docId }));
  const open = useOpenParagraph();
  const list = t.list;

  if (t.error) return <div className="tbl-empty">无法读取任务：{t.error}</div>;
  if (!list) return <div className="tbl-empty">正在读取任务…</div>;
  const save = (r: TaskRow, row: Parameters<typeof api.correctTaskRow>[0]['row']) =>
    void t.save(() => api.correctTaskRow({ docId, blockId: r.blockId, row }), row === null);

  return (
    <>
      <div className="tbl-subbar">
        <span className="tbl-count">{list.length} 项任务</span>
        {list.some((r) => r.corrected) && <ResetButton onReset={() => void t.reset()} />}
      </div>
      {list.length === 0 ? (
        <div className="tbl-empty">这份文件中没有读到编号的任务（如“（一）1.”）。</div>
      ) : (
        <div className="tbl-scroll">
          <table className="tbl" aria-label="任务分解表">
            <thead>
              <tr>
                <th className="tbl-path">序号</th>
                <th>任务</th>
                <th>牵头单位</th>
                <th>配合单位</th>
                <th className="tbl-narrow">完成时限</th>
                <th className="tbl-narrow" aria-label="更正" />
              </tr>
            </thead>
            <tbody>
              {list.map((r) =>
                t.editing === r.blockId ? (
                  <TaskEditor key={r.blockId} row={r} onCancel={() => t.setEditing(null)} onSave={(row) => save(r, row)} />
                ) : (
                  <tr key={r.blockId} className={`tbl-row${r.corrected ? ' corrected' : ''}`} {...rowOpens(() => open(docId, r.blockId))} title="打开所在段落">
                    <td className="tbl-path">{r.path}</td>
                    <td>
                      <div className="tbl-title">{r.title}</div>
                      <div className="tbl-snippet">{r.text.slice(r.text.indexOf(r.title) + r.title.length).replace(/^[。\s]+/u, '').slice(0, 90)}</div>
                    </td>
                    <td>{r.lead.join('、')}</td>
                    <td>{r.partners.join('、')}</td>
                    <td className="tbl-narrow">{r.deadline ?? ''}</td>
                    <EditButton label={`更正 ${r.path}`} title="更正这一行" onClick={() => t.setEditing(r.blockId)} />
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function TaskEditor({ row, onSave, onCancel }: {
  row: TaskRow;
  onSave(row: { path: string; title: string; lead: string[]; partners: string[]; deadline: string | null } | null): void;
  onCancel(): void;
}) {
  const [f, setF] = useState({ path: row.path, title: row.title, lead: row.lead.join('、'), partners: row.partners.join('、'), deadline: row.deadline ?? '' });
  const set = (patch: Partial<typeof f>) => setF((x) => ({ ...x, ...patch }));
  return (
    <tr className="tbl-row editing">
      <td className="tbl-path">
        <input aria-label="序号" value={f.path} onChange={(e) => set({ path: e.target.value })} />
      </td>
      <td>
        <input aria-label="任务" value={f.title} onChange={(e) => set({ title: e.target.value })} />
      </td>
      <td>
        <input aria-label="牵头单位" placeholder="用顿号分隔" value={f.lead} onChange={(e) => set({ lead: e.target.value })} />
      </td>
      <td>
        <input aria-label="配合单位" placeholder="用顿号分隔" value={f.partners} onChange={(e) => set({ partners: e.target.value })} />
      </td>
      <td className="tbl-narrow">
        <input aria-label="完成时限" value={f.deadline} onChange={(e) => set({ deadline: e.target.value })} />
      </td>
      <EditorActions
        canSave={f.title.trim() !== ''}
        onSave={() => onSave({ path: f.path.trim(), title: f.title.trim(), lead: units(f.lead), partners: units(f.partners), deadline: f.deadline.trim() || null })}
        onCancel={onCancel}
        onRemove={() => onSave(null)}
        removeTitle="这不是任务：从表中移除"
      />
    </tr>
  );
}
