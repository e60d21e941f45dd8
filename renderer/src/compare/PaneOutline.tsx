import type { Block } from '../../../electron/shared/types';

/** The pane's headings; a click scrolls the pane there. */
export function PaneOutline({ blocks, label, onReveal }: { blocks: Block[]; label: string; onReveal(blockId: number): void }) {
  const headings = blocks.filter((b) => b.kind === 'heading');
  return (
    <nav className="cmp-outline" aria-label={label}>
      {headings.length === 0 && <div className="cmp-outline-empty">没有标题</div>}
      {headings.map((h) => (
        <button key={h.blockId} type="button" className={`cmp-outline-entry level-${Math.min(h.level, 4)}`} onClick={() => onReveal(h.blockId)} title={h.text}>
          {h.text}
        </button>
      ))}
    </nav>
  );
}
