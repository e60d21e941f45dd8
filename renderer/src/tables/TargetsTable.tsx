import { useState } from 'react';
import type { Comparator, TargetKind, TargetRow } from '../../../electron/shared/table-types';
import { COMPARATORS } from '../../../electron/shared/table-types';
import { COMPARATOR_LABEL, statedValue, TARGET_KIND_LABEL as KIND_LABEL } from '../../../electron/shared/table-labels';
import { api } from '../api/client';
import { addToReadingPath } from '../training/add-to-path';
import { useApp } from '../app-context';
import { EditButton, EditorActions, ResetButton, RowButton, useCorrectable } from './correctable';
import { rowOpens, useOpenParagraph } from './open-paragraph';

type Filter = 'all' | TargetKind;
const keyOf = (r: TargetRow) => `${r.blockId}:${r.ordinal ?? 0}`;

/** 指标: every quantitative statement of a document; a row opens its paragraph, ✎ corrects it. */
export function TargetsTable({ docId }: { docId: number }) {
  const t = useCorrectable<TargetRow, string>(docId, 'targets', () => api.documentTargets({ docId }));
  const [filter, setFilter] = useState<Filter>('all');
  const open = useOpenParagraph();
  const { notify } = useApp();
  const list = t.list;
  // A 指标 row as a stop of the reading path being built: the paragraph, titled by what it sets.
  const addStop = (r: TargetRow) =>
    addToReadingPath({ docId, blockId: r.blockId, title: `${r.indicator}：${statedValue(r)}${r.year ? `（${r.year}年）` : ''}` }).then(
      (said) => said && notify(said),
      (err: Error) => notify(`无法加入阅读路线：${err.message}`),
    );

  if (t.error) return <div className="tbl-empty">无法读取指标：{t.error}</div>;
  if (!list) return <div className="tbl-empty">正在读取指标…</div>;
  const shown = list.filter((r) => filter === 'all' || r.kind === filter);
  const save = (r: TargetRow, row: Parameters<typeof api.correctTargetRow>[0]['row']) =>
    void t.save(() => api.correctTargetRow({ docId, blockId: r.blockId, ordinal: r.ordinal ?? 0, row }), row === null);

  return (
    <>
      <div className="tbl-subbar">
        <div className="tbl-filter" role="radiogroup" aria-label="类型">
          {(['all', 'target', 'baseline'] as Filter[]).map((f) => (
            <label key={f}>
              <input type="radio" name="target-filter" checked={filter === f} onChange={() => setFilter(f)} />
              {f === 'all' ? '全部' : KIND_LABEL[f]}
            </label>
          ))}
        </div>
        <span className="tbl-count">{shown.length} 项指标</span>
        {list.some((r) => r.corrected) && <ResetButton onReset={() => void t.reset()} />}
      </div>
      {shown.length === 0 ? (
        <div className="tbl-empty">这份文件中没有读到量化指标。</div>
      ) : (
        <div className="tbl-scroll">
          <table className="tbl" aria-label="指标表">
            <thead>
              <tr>
                <th className="tbl-n">序号</th>
                <th>指标</th>
                <th className="tbl-narrow">比较</th>
                <th className="tbl-num">数值</th>
                <th className="tbl-narrow">单位</th>
                <th className="tbl-narrow">年份</th>
                <th className="tbl-narrow">类型</th>
                <th>原文</th>
                <th className="tbl-narrow" aria-label="加入阅读路线" />
                <th className="tbl-narrow" aria-label="更正" />
              </tr>
            </thead>
            <tbody>
              {shown.map((r, i) =>
                t.editing === keyOf(r) ? (
                  <TargetEditor key={keyOf(r)} row={r} index={i + 1} onCancel={() => t.setEditing(null)} onSave={(row) => save(r, row)} />
                ) : (
                  <tr key={keyOf(r)} className={`tbl-row${r.corrected ? ' corrected' : ''}`} {...rowOpens(() => open(docId, r.blockId))} title="打开所在段落">
                    <td className="tbl-n">{i + 1}</td>
                    <td className="tbl-indicator">{r.indicator}</td>
                    <td className="tbl-narrow">{COMPARATOR_LABEL[r.comparator]}</td>
                    <td className="tbl-num">{r.value}</td>
                    <td className="tbl-narrow">{r.unit}</td>
                    <td className="tbl-narrow">{r.year ?? ''}</td>
                    <td className={`tbl-narrow kind-${r.kind}`}>{KIND_LABEL[r.kind]}</td>
                    <td className="tbl-text" title={r.text}>
                      <div className="tbl-clamp">{r.text}</div>
                    </td>
                    <RowButton glyph="＋" label={`把第 ${i + 1} 行加入阅读路线`} title="加入阅读路线（培训）" onClick={() => void addStop(r)} />
                    <EditButton label={`更正第 ${i + 1} 行`} title={r.corrected ? '已更正；再次更正' : '更正这一行'} onClick={() => t.setEditing(keyOf(r))} />
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

function TargetEditor({ row, index, onSave, onCancel }: {
  row: TargetRow;
  index: number;
  onSave(row: { indicator: string; value: string; unit: string; comparator: Comparator; year: number | null; kind: TargetKind } | null): void;
  onCancel(): void;
}) {
  const [f, setF] = useState({ indicator: row.indicator, value: row.value, unit: row.unit, comparator: row.comparator, year: row.year?.toString() ?? '', kind: row.kind });
  const set = (patch: Partial<typeof f>) => setF((x) => ({ ...x, ...patch }));
  const year = f.year.trim() === '' ? null : Number(f.year);
  const valid = f.indicator.trim() !== '' && (year === null || (Number.isInteger(year) && year >= 1900 && year <= 2200));
  return (
    <tr className="tbl-row editing">
      <td className="tbl-n">{index}</td>
      <td>
        <input aria-label="指标" value={f.indicator} onChange={(e) => set({ indicator: e.target.value })} />
      </td>
      <td className="tbl-narrow">
        <select aria-label="比较" value={f.comparator} onChange={(e) => set({ comparator: e.target.value as Comparator })}>
          {COMPARATORS.map((c) => (
            <option key={c} value={c}>
              {COMPARATOR_LABEL[c]}
            </option>
          ))}
        </select>
      </td>
      <td className="tbl-num">
        <input aria-label="数值" value={f.value} onChange={(e) => set({ value: e.target.value })} />
      </td>
      <td className="tbl-narrow">
        <input aria-label="单位" value={f.unit} onChange={(e) => set({ unit: e.target.value })} />
      </td>
      <td className="tbl-narrow">
        <input aria-label="年份" value={f.year} inputMode="numeric" onChange={(e) => set({ year: e.target.value })} />
      </td>
      <td className="tbl-narrow">
        <select aria-label="类型" value={f.kind} onChange={(e) => set({ kind: e.target.value as TargetKind })}>
          <option value="target">目标</option>
          <option value="baseline">现状</option>
        </select>
      </td>
      <td className="tbl-text">{row.text}</td>
      <EditorActions canSave={valid} onSave={() => onSave({ ...f, indicator: f.indicator.trim(), year })} onCancel={onCancel} onRemove={() => onSave(null)} removeTitle="这不是指标：从表中移除" />
    </tr>
  );
}
