import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AlignedPair, BlockMark, Comparison, Difference } from '../../../electron/shared/compare-types';
import { documentNames, documentNameText } from '../../../electron/shared/document-label';
import type { Block, DocumentSummary } from '../../../electron/shared/types';
import { useApp } from '../app-context';
import { otherCopies, sameWork } from '../library/versions';
import { useAsync } from '../useAsync';
import { loadBlocks, loadComparison } from './comparison-cache';
import { DifferenceList } from './DifferenceList';
import { MarkedText, type TextMark } from '../MarkedText';
import { CompareSummaryBar } from './CompareSummaryBar';

const KIND_LABEL: Record<AlignedPair['kind'], string> = { same: '相同', changed: '改动', added: '仅 B 有', removed: '仅 A 有', moved: '移动' };

function overlaps(mark: BlockMark, at: BlockMark | null): boolean {
  return !!at && at.blockId === mark.blockId && mark.start < at.end && mark.end > at.start;
}

/** Two versions in aligned rows: corresponding paragraphs side by side, changes marked inline. */
export function VersionView({ a, b, docs, onChange }: {
  a: number | null;
  b: number | null;
  docs: DocumentSummary[];
  onChange(a: number | null, b: number | null): void;
}) {
  const { libraryVersion } = useApp();
  const comparison = useAsync<Comparison | null>(() => (a !== null && b !== null ? loadComparison(a, b, libraryVersion) : Promise.resolve(null)), [a, b, libraryVersion]);
  const blocks = useAsync(
    async () => {
      if (a === null || b === null) return null;
      const [ba, bb] = await Promise.all([loadBlocks(a, libraryVersion), loadBlocks(b, libraryVersion)]);
      return new Map<number, Block>([...ba, ...bb].map((x) => [x.blockId, x]));
    },
    [a, b, libraryVersion],
  );
  const [current, setCurrent] = useState<number | null>(null);
  const [onlyChanges, setOnlyChanges] = useState(false);
  const rows = useRef<HTMLDivElement>(null);
  // While the next pair is being aligned, the previous pair's result must not pass for it.
  const c = comparison.data && comparison.data.a.docId === a && comparison.data.b.docId === b ? comparison.data : null;

  useEffect(() => setCurrent(null), [a, b]);

  const go = useCallback(
    (index: number) => {
      if (!c || c.differences.length === 0) return;
      const next = (index + c.differences.length) % c.differences.length;
      setCurrent(next);
    },
    [c],
  );

  // Bring the current difference into view once it is rendered.
  useEffect(() => {
    if (current === null || !rows.current) return;
    const el = rows.current.querySelector<HTMLElement>('[data-current="true"]') ?? rows.current.querySelector<HTMLElement>(`[data-pair-index="${c?.differences[current]?.pairIndex}"]`);
    el?.scrollIntoView({ block: 'center' });
  }, [current, c]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if ((e.target as HTMLElement).closest('input, select, textarea')) return;
    if (e.key === 'n' || (e.altKey && e.key === 'ArrowDown')) {
      e.preventDefault();
      go(current === null ? 0 : current + 1);
    } else if (e.key === 'p' || (e.altKey && e.key === 'ArrowUp')) {
      e.preventDefault();
      go(current === null ? -1 : current - 1);
    }
  };

  const currentDiff: Difference | null = c && current !== null ? (c.differences[current] ?? null) : null;
  const names = useMemo(() => documentNames(docs), [docs]);
  const docById = (id: number) => docs.find((d) => d.id === id);
  const titleOf = (id: number | null) => docs.find((d) => d.id === id)?.title ?? '';

  const select = (side: 'a' | 'b', value: number | null) => (
    <select
      className="cmp-doc-select"
      aria-label={side === 'a' ? '版本 A' : '版本 B'}
      value={value ?? ''}
      onChange={(e) => (side === 'a' ? onChange(Number(e.target.value), b) : onChange(a, Number(e.target.value)))}
    >
      {value === null && <option value="">选择文档…</option>}
      {docs.map((d) => (
        <option key={d.id} value={d.id}>
          {documentNameText(names.get(d.id)!)}
        </option>
      ))}
    </select>
  );

  return (
    <div className="cmp-versions" onKeyDown={onKeyDown}>
      <div className="cmp-versions-bar">
        <span className="cmp-side-label side-a">A</span>
        {select('a', a)}
        <button type="button" className="cmp-tool" onClick={() => onChange(b, a)} title="交换 A 与 B" aria-label="交换 A 与 B">
          ⇄
        </button>
        <span className="cmp-side-label side-b">B</span>
        {select('b', b)}
      </div>
      {a !== null && b !== null && !sameWork(docById(a), docById(b)) && (
        <p className="warning-note" role="alert">
          这两份文件不是同一文件的不同版本，逐段比较的结果（相似度、差异数）没有意义。
          {otherCopies(docById(a), docs)[0] && (
            <button type="button" className="link-button" onClick={() => onChange(a, otherCopies(docById(a), docs)[0]!.id)}>
              改为与它的另一版本比较
            </button>
          )}
        </p>
      )}
      {c && <CompareSummaryBar summary={c.summary} />}
      {c && (
        <div className="cmp-stepper">
          <button type="button" className="cmp-tool" onClick={() => go(current === null ? -1 : current - 1)} disabled={c.differences.length === 0} title="上一处差异（P 或 Alt+↑）">
            ↑ 上一处
          </button>
          <button type="button" className="cmp-tool" onClick={() => go(current === null ? 0 : current + 1)} disabled={c.differences.length === 0} title="下一处差异（N 或 Alt+↓）">
            ↓ 下一处
          </button>
          <span className="cmp-step-status" aria-live="polite">
            {c.differences.length === 0 ? '两个版本没有差异' : current === null ? `共 ${c.differences.length} 处差异` : `第 ${current + 1} / ${c.differences.length} 处差异`}
          </span>
          <label className="cmp-check">
            <input type="checkbox" checked={onlyChanges} onChange={(e) => setOnlyChanges(e.target.checked)} />
            只显示有差异的段落
          </label>
        </div>
      )}
      <div className="cmp-versions-body">
        <div className="cmp-rows" ref={rows} tabIndex={0} aria-label="对齐的段落">
          {(a === null || b === null) && <div className="cmp-empty">选择要比较的两个版本</div>}
          {(comparison.error || blocks.error) && <div className="cmp-empty">无法比较：{comparison.error ?? blocks.error}</div>}
          {(comparison.loading || blocks.loading) && a !== null && b !== null && <div className="cmp-empty">正在对齐…</div>}
          {c && blocks.data && !blocks.loading && (
            <>
              <div className="cmp-row cmp-row-head">
                <div className="cmp-cell">A · {titleOf(a)}</div>
                <div className="cmp-cell">B · {titleOf(b)}</div>
              </div>
              {c.pairs.map((pair, i) =>
                onlyChanges && pair.kind === 'same' ? null : (
                  <PairRow key={i} index={i} pair={pair} blocks={blocks.data!} current={currentDiff?.pairIndex === i ? currentDiff : null} />
                ),
              )}
            </>
          )}
        </div>
        {c && <DifferenceList differences={c.differences} current={current} onSelect={setCurrent} />}
      </div>
    </div>
  );
}

function PairRow({ index, pair, blocks, current }: { index: number; pair: AlignedPair; blocks: Map<number, Block>; current: Difference | null }) {
  const wholeRowCurrent = current !== null && (current.kind === 'added' || current.kind === 'removed' || current.kind === 'moved');
  const cell = (side: 'a' | 'b') => {
    const ids = side === 'a' ? pair.aBlocks : pair.bBlocks;
    const marks = (side === 'a' ? pair.aMarks : pair.bMarks) ?? [];
    const at = current ? (side === 'a' ? current.aAt : current.bAt) : null;
    return (
      <div className={`cmp-cell side-${side}`}>
        {ids.map((id) => {
          const block = blocks.get(id);
          if (!block) return null;
          const blockMarks: TextMark[] = marks
            .filter((m) => m.blockId === id)
            .map((m) => {
              const isCurrent = !wholeRowCurrent && overlaps(m, at);
              return { start: m.start, end: m.end, className: `${side === 'a' ? 'cmp-del' : 'cmp-ins'}${isCurrent ? ' current' : ''}`, attrs: isCurrent ? { 'data-current': 'true' } : undefined };
            });
          return (
            <div key={id} data-block-id={id} className={`cmp-block ${block.kind === 'heading' ? `cmp-heading level-${Math.min(block.level, 4)}` : 'cmp-paragraph'}`}>
              <MarkedText text={block.text} marks={blockMarks} as={side === 'a' ? 'del' : 'ins'} />
            </div>
          );
        })}
      </div>
    );
  };
  const badge = pair.kind === 'same' ? null : (
    <span className={`cmp-badge kind-${pair.kind}`}>
      {KIND_LABEL[pair.kind]}
      {pair.shape === 'split' ? ' · 拆分' : pair.shape === 'merged' ? ' · 合并' : pair.shape === 'regrouped' ? ' · 重组' : ''}
      {pair.renumbered ? ' · 编号变化' : ''}
      {pair.cutOff ? ` · ${pair.cutOff.toUpperCase()} 在此中断` : ''}
    </span>
  );
  return (
    <div className={`cmp-row kind-${pair.kind}${current ? ' has-current' : ''}${wholeRowCurrent ? ' current' : ''}`} data-pair-index={index} data-kind={pair.kind} data-current={wholeRowCurrent ? 'true' : undefined}>
      {cell('a')}
      {cell('b')}
      {badge}
    </div>
  );
}
