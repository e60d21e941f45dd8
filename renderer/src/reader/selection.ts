/** A selection inside one block, as offsets into the block's text (the same offsets decorations use). */
export interface BlockSelection {
  blockId: number;
  start: number;
  end: number;
  text: string;
  /** Where to place a toolbar, in viewport coordinates. */
  rect: DOMRect;
}

function textRootOf(node: Node | null): HTMLElement | null {
  const element = node instanceof HTMLElement ? node : node?.parentElement;
  return element?.closest<HTMLElement>('[data-text-root]') ?? null;
}

function offsetIn(root: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(root, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** The current selection if it lies within a single block's text; null otherwise. */
export function selectionInBlock(selection: Selection | null = window.getSelection()): BlockSelection | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const root = textRootOf(range.startContainer);
  if (!root || root !== textRootOf(range.endContainer)) return null;
  const blockId = Number(root.closest<HTMLElement>('[data-block-id]')?.dataset.blockId);
  if (!Number.isInteger(blockId)) return null;
  const start = offsetIn(root, range.startContainer, range.startOffset);
  const end = offsetIn(root, range.endContainer, range.endOffset);
  if (end <= start) return null;
  return { blockId, start, end, text: range.toString(), rect: range.getBoundingClientRect() };
}
