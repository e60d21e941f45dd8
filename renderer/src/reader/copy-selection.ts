import { isTyping } from './useReaderKeys';

/** What the reader treats as text: block text roots and the document header's title and meta line. */
const TEXT_SELECTOR = '[data-text-root], .doc-header h1, .doc-header .doc-meta';

/**
 * The text of the selection in reading text only: each text root the range touches, clipped to the
 * range, one per line. Tools and markers beside the blocks (引用, 链接, note markers) are left out.
 * Returns null when the range touches no reading text (copy as the browser would).
 */
export function readingTextOf(range: Range): string | null {
  const scope = range.commonAncestorContainer;
  const root = scope instanceof Element ? scope : scope.parentElement;
  if (!root) return null;
  const own = root.closest(TEXT_SELECTOR);
  const roots = own ? [own] : [...root.querySelectorAll(TEXT_SELECTOR)].filter((r) => range.intersectsNode(r));
  if (roots.length === 0) return null;
  return roots
    .map((r) => {
      const part = document.createRange();
      part.selectNodeContents(r);
      if (r.contains(range.startContainer)) part.setStart(range.startContainer, range.startOffset);
      if (r.contains(range.endContainer)) part.setEnd(range.endContainer, range.endOffset);
      return part.toString();
    })
    .filter((text) => text !== '')
    .join('\n');
}

/** Ctrl+C anywhere outside a text field copies reading text only (see readingTextOf). */
export function installReadingCopy(): () => void {
  const onCopy = (e: ClipboardEvent) => {
    const selection = window.getSelection();
    if (isTyping(e.target) || !selection || selection.rangeCount === 0 || selection.isCollapsed || !e.clipboardData) return;
    const text = readingTextOf(selection.getRangeAt(0));
    if (text === null) return;
    e.preventDefault();
    e.clipboardData.setData('text/plain', text);
  };
  document.addEventListener('copy', onCopy);
  return () => document.removeEventListener('copy', onCopy);
}
