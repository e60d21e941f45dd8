import type { BlockPosition } from './alignment-map';

/** What the split view needs from a pane to link its scrolling to the others. */
export interface PaneHandle {
  scrollTop(): number;
  /** The block at the top of the pane and how far it is scrolled past. */
  topPosition(): BlockPosition | null;
  /** Scroll so that this position is at the top; returns the scrollTop that was set. */
  scrollToPosition(position: BlockPosition): number | null;
  /** Scroll a block into view and make it blink, for jumps the reader asked for. */
  reveal(blockId: number): void;
}

/** Top-of-pane position among the elements with data-block-id inside a scrolling container. */
export function topPositionIn(container: HTMLElement): BlockPosition | null {
  const items = container.querySelectorAll<HTMLElement>('[data-block-id]');
  if (items.length === 0) return null;
  const top = container.scrollTop;
  let lo = 0;
  let hi = items.length - 1;
  // The last block whose top is at or above the pane's top edge.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (items[mid]!.offsetTop <= top + 1) lo = mid;
    else hi = mid - 1;
  }
  const el = items[lo]!;
  const fraction = el.offsetHeight > 0 ? Math.max(0, Math.min(1, (top - el.offsetTop) / el.offsetHeight)) : 0;
  return { blockId: Number(el.dataset.blockId), fraction };
}

export function scrollContainerTo(container: HTMLElement, position: BlockPosition): number | null {
  const el = container.querySelector<HTMLElement>(`[data-block-id="${position.blockId}"]`);
  if (!el) return null;
  const target = Math.round(el.offsetTop + position.fraction * el.offsetHeight);
  container.scrollTop = target;
  return container.scrollTop;
}
