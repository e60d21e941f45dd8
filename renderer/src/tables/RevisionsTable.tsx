import { useState } from 'react';
import type { RevisionRun } from '../../../electron/shared/table-types';
import { REVISION_KIND_LABEL } from '../../../electron/shared/table-labels';
import { api } from '../api/client';
import { useApp } from '../app-context';
import { useAsync } from '../useAsync';
import { useOpenParagraph } from './open-paragraph';

function Runs({ runs }: { runs: RevisionRun[] }) {
  return (
    <>
      {runs.map((r, i) => (r.op === 'delete' ? <del key={i}>{r.text}</del> : r.op === 'insert' ? <ins key={i}>{r.text}</ins> : <span key={i}>{r.text}</span>))}
    </>
  );
}

/** 修订对照表: 原文 | 修改后, one row per aligned paragraph; deletions struck through, insertions underlined. */
export function RevisionsTable({ a, b, withSame, setWithSame }: { a: number; b: number; withSame: boolean; setWithSame(v: boolean): void }) {
  const { libraryVersion } = useApp();
  const t = useAsync(() => api.revisionTable({ a, b, withSame }), [a, b, withSame, libraryVersion]);
  const open = useOpenParagraph();
  const [limit, setLimit] = useState(300);
  if (t.error) return <div className="tbl-empty">无法比较：{t.error}</div>;
  const ready = t.data && t.data.a.docId === a && t.data.b.docId === b ? t.data : null;
  return (
    <>
      <div className="tbl-subbar">
        <label className="tbl-check">
          <input type="checkbox" checked={withSame} onChange={(e) => setWithSame(e.target.checked)} />
          列出未修改的段落
        </label>
        {ready && <span className="tbl-count">{ready.rows.length} 行</span>}
      </div>
      {!ready ? (
        <div className="tbl-empty">正在比较两个版本…</div>
      ) : ready.rows.length === 0 ? (
        <div className="tbl-empty">两个版本没有差异。</div>
      ) : (
        <div className="tbl-scroll">
          <table className="tbl tbl-revisions" aria-label="修订对照表">
            <thead>
              <tr>
                <th className="tbl-n">序号</th>
                <th>原文（{ready.a.title}）</th>
                <th>修改后（{ready.b.title}）</th>
                <th className="tbl-narrow">说明</th>
              </tr>
            </thead>
            <tbody>
              {ready.rows.slice(0, limit).map((r, i) => (
                <tr key={i} className={`tbl-row rev-${r.kind}`}>
                  <td className="tbl-n">{i + 1}</td>
                  <td className="tbl-text" onClick={() => r.aBlockId !== null && open(a, r.aBlockId)} title="在原文中打开">
                    <Runs runs={r.before} />
                  </td>
                  <td className="tbl-text" onClick={() => r.bBlockId !== null && open(b, r.bBlockId)} title="在修改后的文件中打开">
                    <Runs runs={r.after} />
                  </td>
                  <td className="tbl-narrow">{REVISION_KIND_LABEL[r.kind]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {ready.rows.length > limit && (
            <button type="button" className="tbl-button tbl-more" onClick={() => setLimit((n) => n + 300)}>
              再显示 300 行（共 {ready.rows.length} 行）
            </button>
          )}
        </div>
      )}
    </>
  );
}
