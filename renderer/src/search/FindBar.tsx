import { useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useApp } from '../app-context';
import { useMenuCommand } from '../desktop/useMenuCommand';
import type { ReaderOverlayProps } from '../extensions';
import { loadDocument } from '../reader/document-cache';
import type { Block } from '../../../electron/shared/types';
import { documentMatches } from './document-matches';
import { findStore, useFindState } from './find-store';
import './search.css';

const REVEAL_FRAMES = 60;
const SETTLE_FRAMES = 4;

/** Find in the open document (Ctrl+F, or opened from a search hit): count, next and previous. */
export function FindBar({ docId, container }: ReaderOverlayProps) {
  const { target, openDocument } = useApp();
  const find = useFindState();
  const input = useRef<HTMLInputElement>(null);
  const [blocks, setBlocks] = useState<readonly Block[]>([]);
  useEffect(() => {
    let live = true;
    loadDocument(docId).then((d) => live && setBlocks(d.blocks), () => {});
    return () => {
      live = false;
    };
  }, [docId]);

  const mine = find.open && find.docId === docId;
  const matches = useMemo(() => (mine && find.query ? documentMatches(blocks, find.query) : []), [mine, blocks, find.query]);

  // Opened from a search hit: look for the same query, starting at the hit.
  const seenSeq = useRef<number | null>(null);
  useEffect(() => {
    if (!target || target.docId !== docId || !target.query || target.seq === seenSeq.current || blocks.length === 0) return;
    seenSeq.current = target.seq;
    const all = documentMatches(blocks, target.query);
    const order = new Map(blocks.map((b, i) => [b.blockId, i]));
    const from = target.blockId === undefined ? 0 : (order.get(target.blockId) ?? 0);
    const at = all.findIndex((m) => order.get(m.blockId)! >= from);
    findStore.set({ open: true, docId, query: target.query, current: Math.max(0, at), reveal: find.reveal + 1 });
  }, [target, docId, blocks, find.reveal]);

  useMenuCommand('find', () => {
    findStore.set({ open: true, docId, query: mine ? find.query : '' });
    requestAnimationFrame(() => input.current?.select());
  });

  // Bring the current match into view: the reader scrolls to its block, then the mark is centred.
  const revealed = useRef(find.reveal);
  useEffect(() => {
    if (!mine || find.reveal === revealed.current) return;
    revealed.current = find.reveal;
    const match = matches[find.current];
    if (!match) return;
    const typing = document.activeElement === input.current;
    const currentMark = () => {
      const mark = container?.querySelector<HTMLElement>('[data-search-current]');
      return mark?.closest('[data-block-id]')?.getAttribute('data-block-id') === String(match.blockId) ? mark : null;
    };
    const centre = (mark: HTMLElement) => {
      mark.scrollIntoView({ block: 'center' });
      if (typing) input.current?.focus({ preventScroll: true });
    };
    const onScreen = currentMark();
    if (onScreen) return centre(onScreen);
    // Not rendered (the text is virtualised): let the reader bring its block in, wait for it to settle, then centre.
    openDocument(docId, { blockId: match.blockId });
    let frames = 0;
    let seen = 0;
    const step = () => {
      const mark = currentMark();
      if (mark && ++seen >= SETTLE_FRAMES) centre(mark);
      else if (++frames < REVEAL_FRAMES) requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- find is a store snapshot, not a ref: find.current is the current match's index
  }, [mine, find.reveal, find.current, matches, docId, openDocument, container]);

  if (!mine) return null;
  const move = (delta: number) => {
    if (matches.length === 0) return;
    findStore.set({ current: (find.current + delta + matches.length) % matches.length, reveal: find.reveal + 1 });
  };
  // Occurrences (处) are what Enter steps through; paragraphs (段) are what the search results count.
  const paragraphs = new Set(matches.map((m) => m.blockId)).size;
  const status = !find.query.trim()
    ? ''
    : matches.length === 0
      ? '无结果'
      : `${Math.min(find.current + 1, matches.length)} / ${matches.length} 处 · ${paragraphs} 段`;
  const bar = (
    <div className="find-bar" role="search" aria-label="在文档中查找">
      <input
        ref={input}
        type="search"
        autoFocus
        value={find.query}
        placeholder="在本文中查找"
        aria-label="在本文中查找"
        onChange={(e) => findStore.set({ query: e.target.value, current: 0, reveal: find.reveal + 1 })}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            move(e.shiftKey ? -1 : 1);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            findStore.set({ open: false });
          }
        }}
      />
      <span className="find-count" aria-live="polite">
        {status}
      </span>
      <button type="button" className="icon-text" onClick={() => move(-1)} disabled={matches.length === 0} title="上一处（Shift+Enter）" aria-label="上一处">
        ↑
      </button>
      <button type="button" className="icon-text" onClick={() => move(1)} disabled={matches.length === 0} title="下一处（Enter）" aria-label="下一处">
        ↓
      </button>
      <button type="button" className="icon-text" onClick={() => findStore.set({ open: false })} title="关闭（Esc）" aria-label="关闭查找">
        ×
      </button>
    </div>
  );
  // Drawn over the reading column rather than inside the scrolling text, so it stays put.
  const host = container?.parentElement;
  return host ? createPortal(bar, host) : bar;
}
