import type { TargetRow } from '../../../electron/shared/table-types';
import { api } from '../api/client';
import { useApp } from '../app-context';
import { useAsync } from '../useAsync';
import { stated } from './labels';
import { useOpenParagraph } from './open-paragraph';

/** 指标对照: the targets of two documents side by side; differences and one-sided targets marked. */
export function CompareTargetsTable({ a, b }: { a: number; b: number }) {
  const { libraryVersion } = useApp();
  const c = useAsync(() => api.compareTargets({ a, b }), [a, b, libraryVersion]);
  const open = useOpenParagraph();
  if (c.error) return <div className="tbl-empty">无法对照：{c.error}</div>;
  if (!c.data || c.data.a.docId !== a || c.data.b.docId !== b) return <div className="tbl-empty">正在对照指标…</div>;
  const pairs = c.data.pairs;
  const side = (docId: number, r: TargetRow | null) =>
    r ? (
      <button type="button" className="tbl-cell-link" onClick={() => open(docId, r.blockId)} title="打开所在段落">
        {stated(r)}
        {r.year ? <span className="tbl-year">（{r.year}年）</span> : null}
      </button>
    ) : (
      <span className="tbl-missing">—</span>
    );
  const count = (f: (p: (typeof pairs)[number]) => boolean) => pairs.filter(f).length;
  return (
    <>
      <div className="tbl-subbar">
        <span className="tbl-count">
          {count((p) => !!p.a && !!p.b)} 项共有（其中 {count((p) => p.differs)} 项不同），仅甲 {count((p) => !p.b)} 项，仅乙 {count((p) => !p.a)} 项
        </span>
      </div>
      {pairs.length === 0 ? (
        <div className="tbl-empty">两份文件中都没有读到目标类指标。</div>
      ) : (
        <div className="tbl-scroll">
          <table className="tbl" aria-label="指标对照表">
            <thead>
              <tr>
                <th>指标</th>
                <th>甲 {c.data.a.title}</th>
                <th>乙 {c.data.b.title}</th>
                <th className="tbl-narrow">对比</th>
              </tr>
            </thead>
            <tbody>
              {pairs.map((p, i) => {
                const status = p.a && p.b ? (p.differs ? '不同' : '相同') : p.a ? '仅甲' : '仅乙';
                const names = p.a && p.b && p.a.indicator !== p.b.indicator ? `${p.a.indicator}（乙：${p.b.indicator}）` : p.indicator;
                return (
                  <tr key={i} className={`tbl-row status-${p.a && p.b ? (p.differs ? 'differs' : 'same') : 'one'}`}>
                    <td>{names}</td>
                    <td>{side(a, p.a)}</td>
                    <td>{side(b, p.b)}</td>
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
