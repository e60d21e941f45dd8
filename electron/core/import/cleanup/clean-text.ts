import type { Cleanup } from '../../../shared/types';
import { trimLine } from './chars';
import { markFurniture, type LineInfo } from './furniture';
import { rejoinLines, type BodyLine, type Paragraph } from './rejoin-lines';
import { collapseLayoutSpacing } from './spacing';
import type { LineLayout } from '../formats/pdf';

/**
 * How the text marks its paragraphs:
 * - plain: any line break may be layout (PDF extraction, newspaper, web copy);
 * - markdown: blank lines separate paragraphs, `#` lines are headings;
 * - paragraphs: every line is a paragraph as marked up (Word, HTML), though a copy may still break one mid-sentence.
 */
export type TextLayout = 'plain' | 'markdown' | 'paragraphs';

export interface CleanText {
  paragraphs: Paragraph[];
  cleanups: Cleanup[];
}

export class CleanupCounter {
  private counts = new Map<string, number>();
  add(code: string, n = 1): void {
    if (n > 0) this.counts.set(code, (this.counts.get(code) ?? 0) + n);
  }
  list(): Cleanup[] {
    return [...this.counts].map(([code, count]) => ({ code, count }));
  }
}

function markdownParagraphs(lines: LineInfo[], counter: CleanupCounter): Paragraph[] {
  const out: Paragraph[] = [];
  let current: Paragraph | null = null;
  let fenced = false;
  // Inside a comment that spans lines (<!-- on one line, --> on a later one).
  let inComment = false;
  const flush = () => {
    if (current) out.push(current);
    current = null;
  };
  for (const l of lines) {
    let t = l.text;
    if (/^(```|~~~)/.test(t)) fenced = !fenced;
    if (!fenced) {
      if (inComment) {
        const end = t.indexOf('-->');
        if (end < 0) continue;
        inComment = false;
        t = t.slice(end + 3).trim();
        if (!t) continue;
      }
      // Comments inside a line (a heading's `## 标题 <!-- 待核 -->`) and one that opens here and closes later.
      const stripped = t.replace(/<!--[\s\S]*?-->/g, '');
      const open = stripped.indexOf('<!--');
      if (stripped !== t || open >= 0) {
        counter.add('markup_comment');
        inComment = open >= 0;
        t = (open >= 0 ? stripped.slice(0, open) : stripped).trim();
        if (!t) continue;
      }
    }
    if (!t || l.furniture) {
      if (!t) flush();
      continue;
    }
    const startsOwn = fenced || /^#{1,6}\s/.test(t) || /^([-*+]|\d+[.)])\s/.test(t) || /^>/.test(t) || /^\|/.test(t);
    if (startsOwn) flush();
    if (current && !startsOwn) {
      const c: Paragraph = current;
      c.text = /[A-Za-z0-9,.]$/.test(c.text) && /^[A-Za-z0-9]/.test(t) ? `${c.text} ${t}` : c.text + t;
      c.lines.push(l.index);
    } else current = { text: t, lines: [l.index] };
    if (startsOwn || /^#{1,6}\s/.test(t)) flush();
  }
  flush();
  return out;
}

/** Build the reading text's paragraphs from the original, recording every clean-up applied. */
export function cleanText(original: string, layout: TextLayout, counter = new CleanupCounter(), lineLayout?: LineLayout[]): CleanText {
  const lines: LineInfo[] = original
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((text, index) => ({ index, text: trimLine(text), furniture: null }));
  if (layout !== 'markdown') markFurniture(lines);
  for (const l of lines) if (l.furniture) counter.add(l.furniture);

  if (layout === 'markdown') return { paragraphs: markdownParagraphs(lines, counter), cleanups: counter.list() };

  const body: BodyLine[] = [];
  for (const l of lines) {
    if (!l.text || l.furniture) continue;
    const spacing = collapseLayoutSpacing(l.text, { mixed: true });
    if (spacing.justified) counter.add('justified_spacing');
    counter.add('number_spacing', spacing.mixedSpacing);
    const geometry = lineLayout?.[l.index];
    body.push({ index: l.index, raw: l.text, text: spacing.text, ...(geometry ? { full: geometry.full, indented: geometry.indented } : {}) });
  }
  const { paragraphs, joined } = rejoinLines(body);
  counter.add('line_breaks_joined', joined);
  return { paragraphs, cleanups: counter.list() };
}
