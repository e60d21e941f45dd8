import type { TargetRow } from '../../../electron/shared/table-types';
import { statedValue, wordingsOf } from '../../../electron/shared/table-labels';
import { api } from '../api/client';
import { useApp } from '../app-context';
import { useAsync } from '../useAsync';
import { useOpenParagraph } from './open-paragraph';

export const SIDES = ['甲', '乙', '丙', '丁'];

/** 指标对照: the targets of two to four documents side by side; differences and one-sided targets marked. */
export function CompareTargetsTable({ docIds }: { docIds: number[] }) {
  const { libraryVersion } = useApp();
  const key = docIds.join(',');
  const c = useAsync(() => api.compareTargetsAcross({ docIds }), [key, libraryVersion]);
  const open = useOpenParagraph();
  if (c.error) return <div className="tbl-empty">无法对照：{c.error}</div>;
  if (!c.data || c.data.docs.map((d) => d.docId).join(',') !== key) return <div className="tbl-empty">正在对照指标…</div>;
  const { docs, rows } = c.data;
  const cell = (docId: number, r: TargetRow | null) =>
    r ? (
      <button type="button" className="tbl-cell-link" onClick={() => open(docId, r.blockId)} title="打开所在段落">
        {statedValue(r)}
        {r.year ? <span className="tbl-year">（{r.year}年）</span> : null}
      </button>
    ) : (
      <span className="tbl-missing">—</span>
    );
  const shared = rows.filter((r) => r.cells.filter(Boolean).length > 1);
  return (
    <>
      <div className="tbl-subbar">
        <span className="tbl-count">
          {shared.length} 项指标见于两份以上文件（其中 {rows.filter((r) => r.differs).length} 项不同），
          {docs.map((d, k) => `仅${SIDES[k]} ${rows.filter((r) => r.cells[k] && r.cells.filter(Boolean).length === 1).length} 项`).join('，')}
        </span>
      </div>
      {rows.length === 0 ? (
        <div className="tbl-empty">这些文件中都没有读到目标类指标。</div>
      ) : (
        <div className="tbl-scroll">
          <table className="tbl" aria-label="指标对照表">
            <thead>
              <tr>
                <th className="tbl-indicator">指标</th>
                {docs.map((d, k) => (
                  <th key={d.docId}>
                    {SIDES[k]} {d.title}
                  </th>
                ))}
                <th className="tbl-narrow">对比</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => {
                const present = r.cells.flatMap((x, k) => (x ? [SIDES[k]] : []));
                const status = present.length === 1 ? `仅${present[0]}` : r.differs ? '不同' : '相同';
                const names = wordingsOf(r.cells);
                return (
                  <tr key={i} className={`tbl-row status-${present.length === 1 ? 'one' : r.differs ? 'differs' : 'same'}`}>
                    <td className="tbl-indicator">{names.length > 1 ? `${names[0]}（又作：${names.slice(1).join('；')}）` : r.indicator}</td>
                    {docs.map((d, k) => (
                      <td key={d.docId}>{cell(d.docId, r.cells[k] ?? null)}</td>
                    ))}
                    <td className="tbl-narrow">{status}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
