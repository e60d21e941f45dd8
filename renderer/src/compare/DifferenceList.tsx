import { useEffect, useRef } from 'react';
import type { Difference } from '../../../electron/shared/compare-types';

const LABEL: Record<Difference['kind'], string> = {
  change: '改动',
  delete: '删除',
  insert: '插入',
  added: '仅 B 有',
  removed: '仅 A 有',
  moved: '移动',
};

function short(text: string, max = 28): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

/** Every difference in reading order; the current one is kept in view. */
export function DifferenceList({ differences, current, onSelect }: { differences: Difference[]; current: number | null; onSelect(index: number): void }) {
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (current === null) return;
    list.current?.querySelector<HTMLElement>(`[data-diff-index="${current}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [current]);
  return (
    <nav className="cmp-differences" aria-label="差异列表">
      <h3 className="cmp-differences-title">差异 {differences.length}</h3>
      <ol className="cmp-differences-list" ref={list}>
        {differences.map((d) => (
          <li key={d.index}>
            <button
              type="button"
              data-diff-index={d.index}
              className={`cmp-difference kind-${d.kind}`}
              aria-current={current === d.index ? 'true' : undefined}
              onClick={() => onSelect(d.index)}
            >
              <span className="cmp-difference-kind">{LABEL[d.kind]}</span>
              <span className="cmp-difference-text">
                {d.kind === 'change' ? (
                  <>
                    <del>{short(d.aText, 12)}</del> → <ins>{short(d.bText, 12)}</ins>
                  </>
                ) : d.kind === 'delete' || d.kind === 'removed' ? (
                  <del>{short(d.aText)}</del>
                ) : d.kind === 'insert' || d.kind === 'added' ? (
                  <ins>{short(d.bText)}</ins>
                ) : (
                  short(d.bText)
                )}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
