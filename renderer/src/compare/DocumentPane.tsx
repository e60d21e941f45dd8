import { useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState, type Ref } from 'react';
import { documentNames, documentNameText } from '../../../electron/shared/document-label';
import type { DocumentSummary } from '../../../electron/shared/types';
import { useApp } from '../app-context';
import { useAsync } from '../useAsync';
import { loadBlocks } from './comparison-cache';
import type { BlockPosition } from './alignment-map';
import { scrollContainerTo, topPositionIn, type PaneHandle } from './pane-handle';
import { PaneOutline } from './PaneOutline';
import { PaneSearch } from './PaneSearch';
import { RelatedList } from './RelatedList';

export interface DocumentPaneProps {
  index: number;
  docId: number | null;
  docs: DocumentSummary[];
  canClose: boolean;
  /** A note shown under the header, e.g. why scrolling is not linked for this pane. */
  note?: string | null;
  onChangeDoc(docId: number): void;
  onClose(): void;
  /** Open a place in another pane (search hit, related passage). */
  onOpenElsewhere(docId: number, blockId: number): void;
  onUserScroll(index: number): void;
  /** The pane's text is on screen (after a document was chosen or reloaded). */
  onReady(index: number): void;
  /** Position to restore when the pane (re)loads its document. */
  initialBlockId?: number | null;
  handleRef: Ref<PaneHandle>;
}

export function DocumentPane(props: DocumentPaneProps) {
  const { index, docId, docs, onUserScroll } = props;
  const { libraryVersion } = useApp();
  const scroller = useRef<HTMLDivElement>(null);
  // null: decided by the pane's width (narrow panes keep the text, not the outline).
  const [showOutline, setShowOutline] = useState<boolean | null>(null);
  const outlineSlot = useRef<HTMLDivElement>(null);
  const [related, setRelated] = useState<number | null>(null);
  const [flash, setFlash] = useState<number | null>(null);
  const blocks = useAsync(() => (docId === null ? Promise.resolve([]) : loadBlocks(docId, libraryVersion)), [docId, libraryVersion]);
  const pending = useRef<BlockPosition | null>(null);

  const reveal = useCallback((blockId: number) => {
    const el = scroller.current?.querySelector<HTMLElement>(`[data-block-id="${blockId}"]`);
    if (!el || !scroller.current) {
      pending.current = { blockId, fraction: 0 };
      return;
    }
    scroller.current.scrollTop = Math.max(0, el.offsetTop - 24);
    setFlash(blockId);
    window.setTimeout(() => setFlash((f) => (f === blockId ? null : f)), 1600);
  }, []);

  useImperativeHandle(
    props.handleRef,
    (): PaneHandle => ({
      scrollTop: () => scroller.current?.scrollTop ?? 0,
      topPosition: () => (scroller.current ? topPositionIn(scroller.current) : null),
      scrollToPosition: (position) => (scroller.current ? scrollContainerTo(scroller.current, position) : null),
      reveal,
    }),
    [reveal],
  );

  // A jump asked for before the blocks were there happens once they are.
  useEffect(() => {
    if (!blocks.data?.length) return;
    const target = pending.current ?? (props.initialBlockId ? { blockId: props.initialBlockId, fraction: 0 } : null);
    pending.current = null;
    requestAnimationFrame(() => (target ? reveal(target.blockId) : props.onReady(index)));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per loaded text; reveal and the callbacks change identity every render
  }, [blocks.data]);

  const doc = docs.find((d) => d.id === docId);
  const names = useMemo(() => documentNames(docs), [docs]);
  return (
    <section className="cmp-pane" aria-label={`第${index + 1}栏`} data-pane-index={index}>
      <header className="cmp-pane-header">
        <span className="cmp-pane-number">{index + 1}</span>
        <select
          className="cmp-doc-select"
          aria-label={`第${index + 1}栏的文档`}
          value={docId ?? ''}
          onChange={(e) => props.onChangeDoc(Number(e.target.value))}
        >
          {docId === null && <option value="">选择文档…</option>}
          {docs.map((d) => (
            <option key={d.id} value={d.id}>
              {documentNameText(names.get(d.id)!)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="cmp-tool"
          aria-pressed={showOutline ?? undefined}
          onClick={() => {
            const outline = outlineSlot.current?.querySelector('.cmp-outline');
            setShowOutline(!(outline && getComputedStyle(outline).display !== 'none'));
          }}
          title="显示或隐藏目录"
        >
          目录
        </button>
        {props.canClose && (
          <button type="button" className="cmp-tool cmp-close" onClick={props.onClose} aria-label={`关闭第${index + 1}栏`} title="关闭此栏">
            ×
          </button>
        )}
      </header>
      {docId !== null && <PaneSearch docId={docId} paneIndex={index} onReveal={reveal} onOpenElsewhere={props.onOpenElsewhere} />}
      {props.note && <div className="cmp-pane-note">{props.note}</div>}
      <div className={`cmp-pane-body outline-${showOutline === null ? 'auto' : showOutline ? 'on' : 'off'}`} ref={outlineSlot}>
        {showOutline !== false && blocks.data && (
          <PaneOutline
            blocks={blocks.data}
            label={`第${index + 1}栏目录`}
            onReveal={(blockId) => {
              reveal(blockId);
              // Over a narrow pane the outline covers the text: get out of the way after a jump.
              if (outlineSlot.current && outlineSlot.current.clientWidth <= 570 && showOutline) setShowOutline(null);
            }}
          />
        )}
        <div className="cmp-pane-scroll" ref={scroller} onScroll={() => onUserScroll(index)} tabIndex={0} aria-label={doc ? `${doc.title} 正文` : '正文'}>
          {docId === null && <div className="cmp-empty">在上方选择要放在这一栏的文档</div>}
          {blocks.error && <div className="cmp-empty">无法打开文档：{blocks.error}</div>}
          {blocks.data?.map((b) => (
            <div
              key={b.blockId}
              data-block-id={b.blockId}
              className={`cmp-block ${b.kind === 'heading' ? `cmp-heading level-${Math.min(b.level, 4)}` : 'cmp-paragraph'}${flash === b.blockId ? ' flash' : ''}${related === b.blockId ? ' related-source' : ''}`}
            >
              {b.text}
              <button
                type="button"
                className="cmp-related-button"
                onClick={() => setRelated(b.blockId)}
                title={b.kind === 'heading' ? '查找与本节相关的其他文件段落' : '查找与本段相关的其他文件段落'}
              >
                相关
              </button>
            </div>
          ))}
        </div>
      </div>
      {related !== null && docId !== null && (
        <RelatedList docId={docId} blockId={related} docs={docs} onClose={() => setRelated(null)} onOpen={props.onOpenElsewhere} />
      )}
    </section>
  );
}
