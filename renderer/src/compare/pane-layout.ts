import { useLayoutEffect, useState, type RefObject } from 'react';

/** How the panes are set out: decided by the width (auto), all in a row (并排), or two by two (田字格). */
export type PaneLayout = 'auto' | 'row' | 'grid';

/** The narrowest text column that still reads as official text does (about 22 characters a line). */
export const READABLE_MEASURE_EM = 22;

/**
 * Width a pane needs for a readable text column: the measure in the panes' reading font, the
 * text's side padding and the bar between panes.
 */
function readablePaneWidth(container: HTMLElement): number {
  const scroller = container.querySelector<HTMLElement>('.cmp-pane-scroll');
  if (!scroller) return 0;
  const style = getComputedStyle(scroller);
  const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
  return READABLE_MEASURE_EM * parseFloat(style.fontSize) + padding + 6;
}

/** Whether the panes are set out two by two: chosen so, or (auto) three or four that would be too narrow in a row. */
export function usePaneArrangement(container: RefObject<HTMLElement | null>, count: number, layout: PaneLayout): boolean {
  const [narrow, setNarrow] = useState(false);
  useLayoutEffect(() => {
    const el = container.current;
    if (!el || layout !== 'auto' || count < 3) return;
    const check = () => {
      const needed = readablePaneWidth(el);
      setNarrow(needed > 0 && el.clientWidth / count < needed);
    };
    check();
    const observer = new ResizeObserver(check);
    observer.observe(el);
    // The reading size is set on the root's style (阅读设置): a larger font needs wider panes.
    const fonts = new MutationObserver(check);
    fonts.observe(document.documentElement, { attributes: true, attributeFilter: ['style'] });
    return () => {
      observer.disconnect();
      fonts.disconnect();
    };
  }, [container, count, layout]);
  if (count < 3) return false;
  return layout === 'grid' || (layout === 'auto' && narrow);
}
