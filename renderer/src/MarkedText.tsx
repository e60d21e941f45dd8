import type { ReactNode } from 'react';

export interface TextMark {
  start: number;
  end: number;
  className: string;
  /** Attributes such as data-diff-index, to find a mark from the list of differences. */
  attrs?: Record<string, string>;
}

/** Text with some ranges wrapped in <mark>-like elements. Text only: never interpreted as HTML. */
export function MarkedText({ text, marks, as = 'mark' }: { text: string; marks: readonly TextMark[]; as?: 'mark' | 'ins' | 'del' }) {
  if (marks.length === 0) return <>{text}</>;
  const sorted = [...marks].sort((x, y) => x.start - y.start);
  const out: ReactNode[] = [];
  let at = 0;
  sorted.forEach((m, k) => {
    const start = Math.max(at, m.start);
    const end = Math.min(text.length, m.end);
    if (end <= start) return;
    if (start > at) out.push(text.slice(at, start));
    const Tag = as;
    out.push(
      <Tag key={k} className={m.className} {...m.attrs}>
        {text.slice(start, end)}
      </Tag>,
    );
    at = end;
  });
  if (at < text.length) out.push(text.slice(at));
  return <>{out}</>;
}
