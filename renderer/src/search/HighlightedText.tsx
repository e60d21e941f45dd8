import type { TextRange } from '../../../electron/shared/search-types';

/** A string with some ranges marked; always rendered as text, never as HTML. */
export function HighlightedText({ text, ranges, className = 'search-match' }: { text: string; ranges: readonly TextRange[]; className?: string }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at || end <= start || end > text.length) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <mark key={start} className={className}>
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
