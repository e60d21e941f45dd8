import { titleWithNumber } from '../../../electron/shared/citation';
import type { Block } from '../../../electron/shared/types';

interface Props {
  title: string;
  path: Block[];
  onJump(blockId: number | null): void;
  /** How far the text has been read, in percent. */
  progress?: number;
}

/** The chapter path of the block at the top of the view. */
export function Breadcrumb({ title, path, onJump, progress }: Props) {
  return (
    <nav className="breadcrumb" aria-label="当前位置">
      <ol>
        <li>
          <button type="button" onClick={() => onJump(null)} title="回到文首">
            {titleWithNumber({ title, docNumber: null })}
          </button>
        </li>
        {path.map((h) => (
          <li key={h.blockId}>
            <button type="button" onClick={() => onJump(h.blockId)} title={h.text}>
              {h.text}
            </button>
          </li>
        ))}
      </ol>
      {progress !== undefined && (
        <span className="reading-progress" title="阅读进度" aria-label={`阅读进度 ${progress}%`}>
          {progress}%
        </span>
      )}
    </nav>
  );
}
