import type { Block } from '../../../electron/shared/types';

interface Props {
  headings: Block[];
  onJump(blockId: number): void;
}

export function Outline({ headings, onJump }: Props) {
  return (
    <nav className="outline" aria-label="目录">
      <h2 className="panel-title">目录</h2>
      {headings.length === 0 && <p className="muted">本文没有章节标题</p>}
      <ul>
        {headings.map((h) => (
          <li key={h.blockId} className={`outline-item level-${Math.min(h.level, 6)}`}>
            <button type="button" onClick={() => onJump(h.blockId)} title={h.text}>
              {h.text}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
