import type { AnchorPoint } from '../../../electron/shared/annotation-types';

/** A selection in the reading text as block anchors; it may span several blocks. */
export interface TextSelection {
  start: AnchorPoint;
  end: AnchorPoint;
  text: string;
  /** Where to place a toolbar, in viewport coordinates. */
  rect: DOMRect;
}

function blockIdOf(root: Element): number {
  return Number(root.closest<HTMLElement>('[data-block-id]')?.dataset.blockId);
}

/** Characters of `root`'s text before (node, offset): decorations (<mark>) split text nodes but add no text. */
function offsetIn(root: Element, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(root, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/**
 * Map the browser selection inside `container` to (blockId, offset) at both ends. An end outside any
 * block's text (in a margin tool, between blocks) snaps to the nearest block text inside the selection.
 */
export function readSelection(container: Element, selection: Selection | null = window.getSelection()): TextSelection | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.commonAncestorContainer)) return null;
  const roots = [...container.querySelectorAll('[data-block-id] [data-text-root]')].filter((r) => range.intersectsNode(r));
  if (roots.length === 0) return null;
  const first = roots[0]!;
  const last = roots[roots.length - 1]!;
  const startOffset = first.contains(range.startContainer) ? offsetIn(first, range.startContainer, range.startOffset) : 0;
  const endOffset = last.contains(range.endContainer)
    ? offsetIn(last, range.endContainer, range.endOffset)
    : (last.textContent ?? '').length;
  const start = { blockId: blockIdOf(first), offset: startOffset };
  const end = { blockId: blockIdOf(last), offset: endOffset };
  if (!Number.isInteger(start.blockId) || !Number.isInteger(end.blockId)) return null;
  if (first === last && endOffset <= startOffset) return null;
  const text = range.toString();
  if (text.trim() === '') return null;
  return { start, end, text, rect: range.getBoundingClientRect() };
}
