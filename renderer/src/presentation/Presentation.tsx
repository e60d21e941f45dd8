import { useEffect, useMemo, useRef, useState } from 'react';
import { BlockView } from '../reader/BlockView';
import { useBlockDecorations } from '../reader/decorations';
import { loadDocument, type LoadedDocument } from '../reader/document-cache';
import { chapterPath, sections } from '../reader/document-model';
import { useAsync } from '../useAsync';
import './presentation.css';

interface Props {
  docId: number;
  /** Start at the section holding this block (the one at the top of the reader), at that block. */
  startBlockId: number | null;
  onExit(): void;
}

/** Full-screen, large-type, one section at a time: for reading a plan aloud from a projector. */
export function Presentation({ docId, startBlockId, onExit }: Props) {
  const loaded = useAsync(() => loadDocument(docId), [docId]);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = root.current;
    // Full screen needs a user gesture and may be refused (or unavailable); the overlay works either way.
    el?.requestFullscreen?.().catch(() => {});
    const onChange = () => {
      if (!document.fullscreenElement && wasFull.current) onExit();
      wasFull.current = !!document.fullscreenElement;
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- full screen is entered once per presentation; onExit is read when it ends
  }, []);
  const wasFull = useRef(false);

  return (
    <div className="presentation" ref={root} role="dialog" aria-modal="true" aria-label="演示模式">
      {loaded.error && <p className="error">{loaded.error}</p>}
      {loaded.data && <Stage doc={loaded.data} startBlockId={startBlockId} onExit={onExit} />}
    </div>
  );
}

function Stage({ doc, startBlockId, onExit }: { doc: LoadedDocument; startBlockId: number | null; onExit(): void }) {
  const { model, detail } = doc;
  const parts = useMemo(() => sections(model), [model]);
  const startIndex = startBlockId ? (model.indexOf.get(startBlockId) ?? 0) : 0;
  const [at, setAt] = useState(() => Math.max(0, Math.min(startIndex, model.blocks.length - 1)));
  const [blank, setBlank] = useState(false);
  const section = parts.findIndex((s) => at >= s.start && at < s.end);
  const part = parts[section] ?? { start: 0, end: model.blocks.length };
  const decorations = useBlockDecorations({ docId: detail.id, blocks: model.blocks });
  const path = chapterPath(model, part.start).filter((h) => h.blockId !== model.blocks[part.start]!.blockId && h.text !== detail.title);
  const stageRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const go = (index: number) => setAt(Math.max(0, Math.min(model.blocks.length - 1, index)));
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const key = e.key;
      let handled = true;
      if (blank && key !== 'Escape') setBlank(false);
      else if (['ArrowRight', 'ArrowDown', ' ', 'Enter'].includes(key)) go(at + 1);
      else if (['ArrowLeft', 'ArrowUp', 'Backspace'].includes(key)) go(at - 1);
      else if (['PageDown', 'n', 'N', ']'].includes(key)) go(parts[section + 1]?.start ?? at);
      else if (['PageUp', 'p', 'P', '['].includes(key)) go(at > part.start ? part.start : (parts[section - 1]?.start ?? 0));
      else if (key === 'Home') go(0);
      else if (key === 'End') go(parts[parts.length - 1]!.start);
      else if (key === 'b' || key === 'B' || key === '.') setBlank(true);
      else if (key === 'Escape') onExit();
      else handled = false;
      if (handled) {
        e.preventDefault();
        e.stopImmediatePropagation();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [at, blank, model, parts, part.start, section, onExit]);

  useEffect(() => {
    stageRef.current
      ?.querySelector(`[data-block-id="${model.blocks[at]!.blockId}"]`)
      ?.scrollIntoView({ block: at === part.start ? 'start' : 'center', behavior: 'smooth' });
  }, [at, model, part.start]);

  // 段 counts paragraphs: the section's heading is not one of them.
  const isParagraph = (i: number) => model.blocks[i]!.kind === 'paragraph';
  let paragraphCount = 0;
  let paragraphAt = 0;
  for (let i = part.start; i < part.end; i++) {
    if (!isParagraph(i)) continue;
    paragraphCount++;
    if (i <= at) paragraphAt = paragraphCount;
  }
  const where = isParagraph(at) ? `第 ${paragraphAt} / ${paragraphCount} 段` : `标题 · 共 ${paragraphCount} 段`;
  return (
    <>
      <header className="presentation-head">
        <span className="presentation-doc">《{detail.title}》</span>
        {path.length > 0 && <span className="presentation-path">{path.map((h) => h.text).join(' › ')}</span>}
        <button type="button" className="presentation-exit" onClick={onExit}>
          退出演示（Esc）
        </button>
      </header>
      <div className="presentation-stage" ref={stageRef}>
        <div className="presentation-section" aria-label={`第 ${section + 1} 节`}>
          {model.blocks.slice(part.start, part.end).map((block, i) => {
            const index = part.start + i;
            const state = index === at ? 'current' : index < at ? 'read' : 'ahead';
            return (
              <div key={block.blockId} className={`presentation-block ${state}`} aria-current={index === at ? 'step' : undefined} onClick={() => setAt(index)}>
                <BlockView docId={detail.id} block={block} decorations={decorations.get(block.blockId)} />
              </div>
            );
          })}
        </div>
      </div>
      <footer className="presentation-foot">
        <span className="presentation-progress" aria-label="演示进度">
          第 {section + 1} / {parts.length} 节 · {where}
        </span>
        <span className="presentation-keys">→ 下一段　← 上一段　PageDown 下一节　PageUp 上一节　B 黑屏　Esc 退出</span>
        <div className="presentation-bar" style={{ width: `${((at + 1) / model.blocks.length) * 100}%` }} />
      </footer>
      {blank && <div className="presentation-blank" aria-label="黑屏，按任意键继续" />}
    </>
  );
}
