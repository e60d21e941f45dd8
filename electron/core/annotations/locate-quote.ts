import { fuzzyFind, alignInRegion } from './fuzzy-match';

/** What an annotation remembers of its place, besides block ids. */
export interface QuoteSelector {
  quote: string;
  prefix: string;
  suffix: string;
  /** Where it was, as a position in the joined text, to prefer the nearest of equal candidates. */
  hint?: number;
}

export interface Located {
  start: number;
  end: number;
  exact: boolean;
}

/** How much text before and after a highlight is remembered. */
export const CONTEXT_CHARS = 32;
/** A fuzzy match must be at least this similar to the remembered text. */
const MIN_SIMILARITY = 0.7;
/** Quotes shorter than this are too ambiguous to place by themselves: their context must agree too. */
const SHORT_QUOTE = 12;
/** Long quotes are placed by their head and tail, which keeps fuzzy matching fast. */
const LONG_QUOTE = 600;
const HEAD_TAIL = 200;

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function contextScore(text: string, start: number, end: number, sel: QuoteSelector): number {
  return (
    commonSuffix(text.slice(Math.max(0, start - sel.prefix.length), start), sel.prefix) +
    commonPrefix(text.slice(end, end + sel.suffix.length), sel.suffix)
  );
}

function findExact(text: string, sel: QuoteSelector): Located | null {
  let best: { start: number; score: number; distance: number } | null = null;
  for (let i = text.indexOf(sel.quote); i >= 0; i = text.indexOf(sel.quote, i + 1)) {
    const score = contextScore(text, i, i + sel.quote.length, sel);
    const distance = sel.hint === undefined ? 0 : Math.abs(i - sel.hint);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { start: i, score, distance };
  }
  if (!best) return null;
  const contextLength = sel.prefix.length + sel.suffix.length;
  // A short quote found elsewhere with nothing of its surroundings is probably another occurrence.
  if (sel.quote.length < SHORT_QUOTE && contextLength > 0 && best.score < Math.min(6, contextLength)) return null;
  return { start: best.start, end: best.start + sel.quote.length, exact: true };
}

function findFuzzyShort(text: string, sel: QuoteSelector): Located | null {
  // Too short to find by itself: find it with its context, then the quote inside that passage.
  const pattern = sel.prefix + sel.quote + sel.suffix;
  const around = fuzzyFind(text, pattern);
  if (!around || around.similarity < MIN_SIMILARITY) return null;
  const from = Math.max(0, around.start - 2);
  const region = text.slice(from, Math.min(text.length, around.end + 2));
  const inner = alignInRegion(region, sel.quote);
  if (inner.similarity < 0.5 || inner.end <= inner.start) return null;
  return { start: from + inner.start, end: from + inner.end, exact: false };
}

function findFuzzyLong(text: string, sel: QuoteSelector): Located | null {
  const head = fuzzyFind(text, sel.quote.slice(0, HEAD_TAIL));
  if (!head || head.similarity < MIN_SIMILARITY) return null;
  const tailText = text.slice(head.start);
  const tail = fuzzyFind(tailText, sel.quote.slice(-HEAD_TAIL));
  if (!tail || tail.similarity < MIN_SIMILARITY) return null;
  const end = head.start + tail.end;
  const length = end - head.start;
  if (length < sel.quote.length / 2 || length > sel.quote.length * 2) return null;
  return { start: head.start, end, exact: false };
}

/**
 * Where the remembered quote is in `text`: exactly (the occurrence whose context agrees best), or
 * approximately when the wording changed a little; null when it is not there any more.
 */
export function locateQuote(text: string, sel: QuoteSelector): Located | null {
  if (sel.quote.length === 0) return null;
  const exact = findExact(text, sel);
  if (exact) return exact;
  if (sel.quote.length < SHORT_QUOTE) return findFuzzyShort(text, sel);
  if (sel.quote.length > LONG_QUOTE) return findFuzzyLong(text, sel);
  const match = fuzzyFind(text, sel.quote);
  if (!match || match.similarity < MIN_SIMILARITY || match.end <= match.start) return null;
  return { start: match.start, end: match.end, exact: false };
}

/** The context remembered around text[start, end). */
export function contextOf(text: string, start: number, end: number): { prefix: string; suffix: string } {
  return { prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start), suffix: text.slice(end, end + CONTEXT_CHARS) };
}
