import { isTyping } from './useReaderKeys';

const STEPS: Record<string, { direction: 'forward' | 'backward'; granularity: 'character' | 'word' | 'line' }> = {
  ArrowRight: { direction: 'forward', granularity: 'character' },
  ArrowLeft: { direction: 'backward', granularity: 'character' },
  ArrowDown: { direction: 'forward', granularity: 'line' },
  ArrowUp: { direction: 'backward', granularity: 'line' },
};

/** The first block text whose bottom is below the top of `scroller`: where a keyboard selection starts. */
function firstVisibleText(scroller: HTMLElement): Element | null {
  const top = scroller.getBoundingClientRect().top;
  return [...scroller.querySelectorAll('[data-block-id] [data-text-root]')].find((r) => r.getBoundingClientRect().bottom > top + 4) ?? null;
}

/**
 * Shift+arrows select text in the reading pane without a mouse (Ctrl+Shift+←/→ by words): a selection
 * already in the text grows; otherwise one starts at the beginning of the first paragraph on screen.
 * The selection toolbar then offers the colours (keys 1–5).
 */
export function installKeyboardSelection(scroller: HTMLElement): () => void {
  const onKey = (e: KeyboardEvent) => {
    const step = STEPS[e.key];
    if (!step || !e.shiftKey || e.altKey || e.metaKey || isTyping(e.target)) return;
    // From the text, or from nowhere in particular (the page itself has the focus): not from a list or a dialog.
    const target = e.target as Node | null;
    if (target !== document.body && !(target && scroller.contains(target))) return;
    const selection = window.getSelection();
    if (!selection) return;
    const inside = selection.rangeCount > 0 && scroller.contains(selection.anchorNode);
    if (!inside) {
      const start = firstVisibleText(scroller);
      if (!start) return;
      selection.collapse(start, 0);
    }
    e.preventDefault();
    const granularity = e.ctrlKey && step.granularity === 'character' ? 'word' : step.granularity;
    selection.modify('extend', step.direction, granularity);
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
