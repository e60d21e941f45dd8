import { useEffect, useRef } from 'react';

export interface ReaderKeyActions {
  nextSection(): void;
  previousSection(): void;
  nextChapter(): void;
  previousChapter(): void;
  focusOutline(): void;
}

/** Whether a key press belongs to a text field rather than to the reader. */
export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/** ] / [ next and previous section; } / { next and previous chapter; o the outline. */
export function useReaderKeys(actions: ReaderKeyActions): void {
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      const action = {
        ']': latest.current.nextSection,
        '[': latest.current.previousSection,
        '}': latest.current.nextChapter,
        '{': latest.current.previousChapter,
        o: latest.current.focusOutline,
      }[e.key];
      if (!action) return;
      e.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
