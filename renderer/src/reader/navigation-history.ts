import type { CurrentPosition } from './reading-store';

const LIMIT = 50;

/**
 * Where the reader was before each jump (a search hit, a link, a document opened from the library),
 * for Alt+← / Alt+→ as in a browser.
 */
export class NavigationHistory {
  private back: CurrentPosition[] = [];
  private forward: CurrentPosition[] = [];

  /** A jump is about to leave `from`: it becomes the place Alt+← returns to. */
  leave(from: CurrentPosition | null, to: { docId: number; blockId?: number }): void {
    if (!from || (from.docId === to.docId && (to.blockId === undefined || to.blockId === from.blockId))) return;
    this.back.push(from);
    if (this.back.length > LIMIT) this.back.shift();
    this.forward = [];
  }

  /** The place to go back to from `current`, or null. */
  goBack(current: CurrentPosition | null): CurrentPosition | null {
    const to = this.back.pop() ?? null;
    if (to && current) this.forward.push(current);
    return to;
  }

  goForward(current: CurrentPosition | null): CurrentPosition | null {
    const to = this.forward.pop() ?? null;
    if (to && current) this.back.push(current);
    return to;
  }
}
