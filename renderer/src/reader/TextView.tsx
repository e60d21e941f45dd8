import { useVirtualizer } from '@tanstack/react-virtual';
import { forwardRef, useCallback, useEffect, useImperativeHandle, useLayoutEffect, useRef, type ReactNode } from 'react';
import type { DocumentDetail } from '../../../electron/shared/types';
import { readerOverlays, type BlockDecorations } from '../extensions';
import { usePreferences } from '../settings/preferences';
import { BlockView } from './BlockView';
import type { DocumentModel } from './document-model';

export interface TextViewHandle {
  /** Bring block `index` to the top of the view (works for blocks not rendered yet). */
  scrollToIndex(index: number): void;
  element(): HTMLElement | null;
}

interface Props {
  docId: number;
  detail: DocumentDetail;
  model: DocumentModel;
  decorations: BlockDecorations;
  /** Block to show first when the view mounts. */
  initialIndex: number;
  /** Called with the index of the block at the top of the view whenever it changes. */
  onTopBlock(index: number): void;
  renderTools(index: number): ReactNode;
  /** Shown after the last block (e.g. 此副本到此为止). */
  after?: ReactNode;
  /** Called with how far the text has been read, 0–100 (the last line on screen: 100). */
  onProgress?(percent: number): void;
}


/**
 * The document text, virtualised: only the blocks on screen (plus a few) are in the DOM, so a
 * 300,000-character text opens as fast as a short one. Row 0 is the title block; row i+1 is block i.
 */
export const TextView = forwardRef<TextViewHandle, Props>(function TextView(
  { docId, detail, model, decorations, initialIndex, onTopBlock, renderTools, after, onProgress },
  ref,
) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const afterRef = useRef<HTMLDivElement>(null);
  const { prefs } = usePreferences();
  const { blocks } = model;
  // A text that opens with its own title as a heading would show it twice under the header: that row stays
  // (the outline and links reach it) but shows nothing.
  const squash = (t: string) => t.replace(/[\s\u3000]+/g, '');
  const titleRepeated = blocks[0]?.kind === 'heading' && squash(blocks[0].text) === squash(detail.title);

  const estimateSize = useCallback(
    (row: number) => {
      if (row === 0) return 140;
      if (row === 1 && titleRepeated) return 0;
      const block = blocks[row - 1]!;
      const size = block.kind === 'heading' ? prefs.fontSize * 1.15 : prefs.fontSize;
      const perLine = Math.max(8, Math.floor(prefs.columnWidth / size));
      const lines = Math.ceil((block.text.length + (block.kind === 'paragraph' ? 2 : 0)) / perLine);
      return Math.round(lines * size * prefs.lineHeight + (block.kind === 'heading' ? size * 1.6 : size * 0.8));
    },
    [blocks, titleRepeated, prefs.fontSize, prefs.lineHeight, prefs.columnWidth],
  );

  const virtualizer = useVirtualizer({
    count: blocks.length + 1,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    overscan: 6,
    getItemKey: (row) => (row === 0 ? 'title' : blocks[row - 1]!.blockId),
  });

  useImperativeHandle(ref, () => ({
    // The heading that repeats the title takes no room: going there shows the header that says it.
    scrollToIndex: (index) => virtualizer.scrollToIndex(index === 0 && titleRepeated ? 0 : index + 1, { align: 'start' }),
    element: () => scrollRef.current,
  }));

  useLayoutEffect(() => {
    if (initialIndex > 0) virtualizer.scrollToIndex(initialIndex + 1, { align: 'start' });
    // Only on mount: later moves come through the handle.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on mount only, by design
  }, []);

  // A new text size changes every row's height: measure again and keep the same block on top.
  const topRef = useRef(initialIndex);
  const firstLayout = useRef(true);
  useEffect(() => {
    if (firstLayout.current) {
      firstLayout.current = false;
      return;
    }
    const top = topRef.current;
    virtualizer.measure();
    virtualizer.scrollToIndex(top + 1, { align: 'start' });
    // measure() forgets every row's size. The rows on screen are measured again once the estimates are
    // in place: a change that leaves their size alone (a font this computer lacks) wakes no resize observer.
    const frame = requestAnimationFrame(() => {
      scrollRef.current?.querySelectorAll<HTMLElement>('.text-row').forEach((row) => virtualizer.measureElement(row));
      virtualizer.scrollToIndex(top + 1, { align: 'start' });
    });
    return () => cancelAnimationFrame(frame);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- re-measure when the text size changes, not when the virtualizer object does
  }, [prefs.fontSize, prefs.lineHeight, prefs.readingFont, prefs.columnWidth]);

  const items = virtualizer.getVirtualItems();
  const offset = virtualizer.scrollOffset ?? 0;
  const topRow = items.find((it) => it.end > offset + 12)?.index ?? 0;
  const topIndex = Math.max(0, topRow - 1);
  useEffect(() => {
    topRef.current = topIndex;
    onTopBlock(topIndex);
  }, [topIndex, onTopBlock]);

  const readable = virtualizer.getTotalSize() - (scrollRef.current?.clientHeight ?? 0);
  const percent = readable <= 0 ? 100 : Math.min(100, Math.max(0, Math.round((offset / readable) * 100)));
  useEffect(() => onProgress?.(percent), [percent, onProgress]);

  // Home and End: the browser would go to the ends of the rows measured so far; go to the text's ends.
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.altKey || e.shiftKey || e.metaKey || (e.key !== 'Home' && e.key !== 'End')) return;
    e.preventDefault();
    if (e.key === 'Home') {
      virtualizer.scrollToIndex(0, { align: 'start' });
      return;
    }
    virtualizer.scrollToIndex(blocks.length, { align: 'end' });
    // What follows the last block (此副本到此为止) comes into view too, once the last rows are measured.
    const after = afterRef.current;
    if (after) requestAnimationFrame(() => requestAnimationFrame(() => after.scrollIntoView({ block: 'end' })));
  };

  return (
    <div className="text-scroll" ref={scrollRef} tabIndex={-1} onKeyDown={onKeyDown}>
      <div className="text-canvas" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => (
          <div
            key={item.key}
            data-index={item.index}
            ref={virtualizer.measureElement}
            className={item.index === 1 && titleRepeated ? 'text-row title-repeat' : 'text-row'}
            style={{ transform: `translateY(${item.start}px)` }}
          >
            {item.index === 0 ? (
              <header className="doc-header">
                <h1>{detail.title}</h1>
                <p className="doc-meta">
                  {[detail.issuer, detail.docNumber, detail.issuedOn].filter(Boolean).join('　')}
                </p>
              </header>
            ) : (
              <BlockView
                docId={docId}
                block={blocks[item.index - 1]!}
                decorations={decorations.get(blocks[item.index - 1]!.blockId)}
                tools={renderTools(item.index - 1)}
              />
            )}
          </div>
        ))}
      </div>
      {after && (
        <div className="text-after" ref={afterRef}>
          {after}
        </div>
      )}
      {/* Room below the last block so every heading can reach the top (and scroll-spy can mark it). */}
      <div className="text-tail" aria-hidden="true" />
      {readerOverlays.map((Overlay, i) => (
        <Overlay key={i} docId={docId} container={scrollRef.current} />
      ))}
    </div>
  );
});
