import { titleWithNumber } from '../../../electron/shared/citation';
import type { Block } from '../../../electron/shared/types';

interface Props {
  title: string;
  path: Block[];
  onJump(blockId: number | null): void;
  /** How far the text has been read, in percent. */
  progress?: number;
  /** Print (or save as PDF) the chapter being read. */
  onPrint?(): void;
}

/** The chapter path of the block at the top of the view. */
export function Breadcrumb({ title, path, onJump, progress, onPrint }: Props) {
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
      {onPrint && (
        <button type="button" className="breadcrumb-print" onClick={onPrint} title="打印本章，或在打印对话框中存为 PDF">
          打印本章
        </button>
      )}
      {progress !== undefined && (
        <span className="reading-progress" title="阅读进度" aria-label={`阅读进度 ${progress}%`}>
          {progress}%
        </span>
      )}
    </nav>
  );
}
