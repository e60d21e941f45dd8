// Keeping the presenter's screen and the audience's screen on the same stop. Both are pages of the same
// browser (or windows of the desktop app), so a BroadcastChannel carries the steps: whichever screen
// is stepped (keys, a clicker, a click in the list) tells the other one where it is now.
import { useCallback, useEffect, useRef, useState } from 'react';

type Message = { kind: 'goto'; index: number } | { kind: 'hello' };

/** The current stop's index, shared by every screen showing path `pathId`; `go` moves all of them. */
export function usePresentStep(pathId: number, count: number): { index: number; go(index: number): void } {
  const [index, setIndex] = useState(0);
  const channel = useRef<BroadcastChannel | null>(null);
  const current = useRef(0);
  current.current = index;

  useEffect(() => {
    const ch = new BroadcastChannel(`policy-reader-present-${pathId}`);
    channel.current = ch;
    ch.onmessage = (e: MessageEvent<Message>) => {
      if (e.data.kind === 'goto') setIndex(e.data.index);
      // A screen that just opened asks where the others are.
      else if (e.data.kind === 'hello') ch.postMessage({ kind: 'goto', index: current.current } satisfies Message);
    };
    ch.postMessage({ kind: 'hello' } satisfies Message);
    return () => {
      ch.close();
      channel.current = null;
    };
  }, [pathId]);

  const go = useCallback(
    (to: number) => {
      const next = Math.max(0, Math.min(count - 1, to));
      setIndex(next);
      channel.current?.postMessage({ kind: 'goto', index: next } satisfies Message);
    },
    [count],
  );
  return { index: Math.min(index, Math.max(0, count - 1)), go };
}

/** Clicker and keyboard: → ↓ PageDown Space Enter forward, ← ↑ PageUp Backspace back, Home/End. */
export function useStepKeys(index: number, count: number, go: (index: number) => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target as HTMLElement | null;
      if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
      let to: number | null = null;
      if (['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter'].includes(e.key)) to = index + 1;
      else if (['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'].includes(e.key)) to = index - 1;
      else if (e.key === 'Home') to = 0;
      else if (e.key === 'End') to = count - 1;
      if (to === null) return;
      e.preventDefault();
      go(to);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [index, count, go]);
}
