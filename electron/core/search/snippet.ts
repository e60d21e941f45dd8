import { findRangesInOriginal } from '../../shared/search-query';
import type { TextRange } from '../../shared/search-types';

const BEFORE = 24;
const WINDOW = 110;
const WHOLE_UP_TO = 140;

/** A window of the original text around the first match, with every match in it as ranges. */
export function makeSnippet(original: string, terms: readonly string[]): { snippet: string; highlights: TextRange[] } {
  const ranges = findRangesInOriginal(original, terms);
  if (original.length <= WHOLE_UP_TO) return { snippet: original, highlights: ranges };
  const first = ranges[0]?.[0] ?? 0;
  let from = Math.max(0, first - BEFORE);
  const to = Math.min(original.length, from + WINDOW);
  from = Math.max(0, Math.min(from, to - WINDOW));
  const lead = from > 0 ? '…' : '';
  const tail = to < original.length ? '…' : '';
  const highlights: TextRange[] = [];
  for (const [s, e] of ranges) {
    if (e <= from || s >= to) continue;
    highlights.push([Math.max(s, from) - from + lead.length, Math.min(e, to) - from + lead.length]);
  }
  return { snippet: lead + original.slice(from, to) + tail, highlights };
}
