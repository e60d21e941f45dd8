import type { CompareSummary } from '../../../electron/shared/compare-types';

/** How the two versions differ, in counts of paragraphs. */
export function CompareSummaryBar({ summary: s }: { summary: CompareSummary }) {
  const items: [string, number, string][] = [
    ['相同', s.same, 'same'],
    ['改动', s.changed, 'changed'],
    ['仅 B 有', s.added, 'added'],
    ['仅 A 有', s.removed, 'removed'],
    ['移动', s.moved, 'moved'],
  ];
  const shapes = [s.split ? `拆分 ${s.split}` : '', s.merged ? `合并 ${s.merged}` : '', s.renumbered ? `编号变化 ${s.renumbered}` : ''].filter(Boolean);
  return (
    <div className="cmp-summary" aria-label="比较摘要">
      {items.map(([label, n, kind]) => (
        <span key={kind} className={`cmp-chip kind-${kind}`} data-summary={kind}>
          {label} <strong>{n}</strong>
        </span>
      ))}
      {shapes.length > 0 && <span className="cmp-summary-more">{shapes.join(' · ')}</span>}
      <span className="cmp-summary-more">
        文字相似度 {(s.similarity * 100).toFixed(1)}% · {s.aChars.toLocaleString()} / {s.bChars.toLocaleString()} 字 · {s.tookMs} 毫秒
      </span>
    </div>
  );
}
