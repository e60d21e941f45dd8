import { forwardRef, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { DocumentModel, OutlineNode } from './document-model';

interface Props {
  model: DocumentModel;
  /** Index of the heading of the section being read (scroll-spy), or -1. */
  currentHeading: number;
  onJump(index: number): void;
}

/** Ancestors of a heading, outermost first. */
function ancestorsOf(model: DocumentModel, heading: number): number[] {
  const chain: number[] = [];
  let h = model.parentOf.get(heading) ?? -1;
  while (h >= 0) {
    chain.push(h);
    h = model.parentOf.get(h) ?? -1;
  }
  return chain;
}

/** The collapsible outline of every heading, built from the same blocks as the text. */
export const Outline = forwardRef<HTMLElement, Props>(function Outline({ model, currentHeading, onJump }, ref) {
  // Open/closed is derived: the way down to the section being read is open unless the reader closed
  // it by hand; top-level chapters start open; every toggle by hand wins.
  const [manual, setManual] = useState<Map<number, boolean>>(new Map());
  const [topOpen, setTopOpen] = useState(true);
  const listRef = useRef<HTMLDivElement>(null);
  const onPath = useMemo(
    () => new Set(currentHeading >= 0 ? [...ancestorsOf(model, currentHeading), currentHeading] : []),
    [model, currentHeading],
  );
  const isOpen = (index: number) => manual.get(index) ?? (onPath.has(index) || (topOpen && model.parentOf.get(index) === -1));
  const toggle = (index: number) => setManual((prev) => new Map(prev).set(index, !isOpen(index)));
  const expandAll = () => setManual(new Map(model.headingIndexes.map((h) => [h, true])));
  const collapseAll = () => {
    setTopOpen(false);
    setManual(new Map());
  };

  useEffect(() => {
    const active = listRef.current?.querySelector<HTMLElement>('.outline-entry.current');
    active?.scrollIntoView({ block: 'nearest' });
  }, [currentHeading]);

  // Up/down move between visible entries; left/right fold and unfold.
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const entries = [...(listRef.current?.querySelectorAll<HTMLButtonElement>('.outline-entry') ?? [])];
    const at = entries.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const index = Number(entries[at]!.dataset.index);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      entries[Math.max(0, Math.min(entries.length - 1, at + (e.key === 'ArrowDown' ? 1 : -1)))]?.focus();
    } else if (e.key === 'ArrowRight' && !isOpen(index)) {
      e.preventDefault();
      toggle(index);
    } else if (e.key === 'ArrowLeft') {
      e.preventDefault();
      if (isOpen(index) && entries[at]!.dataset.parent === 'true') toggle(index);
      else listRef.current?.querySelector<HTMLButtonElement>(`.outline-entry[data-index="${model.parentOf.get(index)}"]`)?.focus();
    }
  };

  const renderNodes = (nodes: OutlineNode[], depth: number) => (
    <ul className={depth === 0 ? 'outline-tree' : 'outline-children'} role={depth === 0 ? undefined : 'group'}>
      {nodes.map((node) => {
        const open = isOpen(node.index);
        const hasChildren = node.children.length > 0;
        return (
          <li key={node.index} className={`outline-item depth-${Math.min(depth, 4)}`}>
            <div className="outline-row">
              {hasChildren ? (
                <button
                  type="button"
                  className={`outline-toggle${open ? ' open' : ''}`}
                  aria-label={`${open ? '折叠' : '展开'}：${node.block.text}`}
                  aria-expanded={open}
                  tabIndex={-1}
                  onClick={() => toggle(node.index)}
                />
              ) : (
                <span className="outline-toggle-space" />
              )}
              <button
                type="button"
                className={`outline-entry${node.index === currentHeading ? ' current' : ''}`}
                aria-current={node.index === currentHeading ? 'location' : undefined}
                data-index={node.index}
                data-parent={hasChildren}
                title={node.block.text}
                onClick={() => onJump(node.index)}
              >
                {node.block.text}
              </button>
            </div>
            {hasChildren && open && renderNodes(node.children, depth + 1)}
          </li>
        );
      })}
    </ul>
  );

  return (
    <nav className="outline" aria-label="目录" ref={ref}>
      <div className="panel-heading">
        <h2 className="panel-title">目录</h2>
        {model.outline.length > 0 && (
          <span className="panel-tools">
            <button type="button" className="link-button" onClick={expandAll}>
              全部展开
            </button>
            <button type="button" className="link-button" onClick={collapseAll}>
              收起
            </button>
          </span>
        )}
      </div>
      {model.outline.length === 0 ? (
        <p className="muted">本文没有章节标题</p>
      ) : (
        <div ref={listRef} className="outline-scroll" onKeyDown={onKeyDown}>
          {renderNodes(model.outline, 0)}
        </div>
      )}
    </nav>
  );
});
