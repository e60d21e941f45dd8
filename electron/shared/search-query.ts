// The query language and the text normalisation shared by the core (search) and the renderer (highlighting,
// find in document), so a match means the same thing everywhere.

import type { TextRange } from './search-types';

/** The width and case folding applied alike to texts and queries: Ｐ Ｍ ２ ． ５ is PM2.5. */
export function normalizeForSearch(s: string): string {
  return fastNormalize(s) ?? s.normalize('NFKC').toLowerCase();
}

/**
 * NFKC + lower case for the characters Chinese policy texts are made of, without ICU: ideographs and
 * the usual punctuation stay, full-width forms and the ideographic space become ASCII, A–Z become a–z.
 * Any other character (where composition or a compatibility mapping could apply) returns null, and the
 * caller takes the general path; the tests check both paths agree on real texts.
 */
function fastNormalize(s: string): string | null {
  // Pieces joined at the end: a flat string, not a rope of slices that would keep the original alive.
  let out: string[] | null = null;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let mapped: number;
    if (c < 0x80) {
      if (c < 0x41 || c > 0x5a) continue;
      mapped = c + 0x20;
    } else if (c >= 0xff01 && c <= 0xff5e) {
      mapped = c - 0xfee0;
      if (mapped >= 0x41 && mapped <= 0x5a) mapped += 0x20;
    } else if (c === 0x3000) {
      mapped = 0x20;
    } else if (isStable(c)) {
      continue;
    } else {
      return null;
    }
    (out ??= []).push(s.slice(from, i), String.fromCharCode(mapped));
    from = i + 1;
  }
  if (!out) return s;
  out.push(s.slice(from));
  return out.join('');
}

/** Characters NFKC leaves alone and that have no case: CJK ideographs and common CJK punctuation. */
function isStable(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x3001 && c <= 0x3003) ||
    (c >= 0x3008 && c <= 0x3011) ||
    (c >= 0x3014 && c <= 0x301b) ||
    c === 0x2014 ||
    (c >= 0x2018 && c <= 0x2019) ||
    (c >= 0x201c && c <= 0x201d) ||
    c === 0x00b7 ||
    c === 0x2022 ||
    c === 0x25cf ||
    c === 0x25cb ||
    c === 0x2605 ||
    c === 0x2606 ||
    c === 0x00d7 ||
    c === 0x2192
  );
}

export interface ParsedQuery {
  /** Every one must occur in a block (AND). Phrases keep their inner spaces. */
  include: string[];
  /** None may occur in a block. */
  exclude: string[];
}

/**
 * `交通 "绿色 出行" -高速`: words are ANDed, "quoted phrases" match as written (spaces included),
 * a leading minus excludes. The query is normalised first, so full-width quotes, minus and spaces work too.
 */
export function parseQuery(query: string): ParsedQuery {
  const q = normalizeForSearch(query);
  const include: string[] = [];
  const exclude: string[] = [];
  let i = 0;
  while (i < q.length) {
    while (i < q.length && /\s/.test(q[i]!)) i++;
    if (i >= q.length) break;
    let negative = false;
    if (q[i] === '-' && i + 1 < q.length && !/\s/.test(q[i + 1]!)) {
      negative = true;
      i++;
    }
    let term: string;
    if (q[i] === '"') {
      const end = q.indexOf('"', i + 1);
      term = q.slice(i + 1, end < 0 ? q.length : end);
      i = end < 0 ? q.length : end + 1;
    } else {
      const start = i;
      while (i < q.length && !/\s/.test(q[i]!)) i++;
      term = q.slice(start, i);
    }
    if (term.trim() === '') continue;
    const list = negative ? exclude : include;
    if (!list.includes(term)) list.push(term);
  }
  return { include, exclude };
}

/** A text normalised for search, with the way back to the original's offsets. */
export interface NormalizedText {
  text: string;
  /** Original offset of each normalised offset (length text.length + 1); null when offsets coincide. */
  toOriginal: Int32Array | null;
}

export function normalizeWithOffsets(original: string): NormalizedText {
  const text = normalizeForSearch(original);
  if (text.length === original.length) return { text, toOriginal: null };
  // Lengths differ (㎡ → m2, ① → 1, …): normalise piece by piece (a base character with its marks)
  // to learn where each piece went. If piecewise differs from whole-text normalisation, fall back to scaling.
  const toOriginal = new Int32Array(text.length + 1);
  let out = 0;
  let piecewise = '';
  const pieces = original.match(/[\s\S][\p{M}]*/gu) ?? [];
  let at = 0;
  for (const piece of pieces) {
    const n = normalizeForSearch(piece);
    piecewise += n;
    for (let k = 0; k < n.length && out + k < toOriginal.length; k++) toOriginal[out + k] = at;
    out += n.length;
    at += piece.length;
  }
  if (piecewise !== text) {
    for (let k = 0; k <= text.length; k++) toOriginal[k] = Math.round((k * original.length) / Math.max(1, text.length));
  } else {
    toOriginal[text.length] = original.length;
  }
  return { text, toOriginal };
}

/**
 * The match rule, the same in the library search, its full-scan definition and find in document:
 * a block matches when its normalised text contains every included term and no excluded one.
 */
export function matchesQuery(normalizedText: string, { include, exclude }: Pick<ParsedQuery, 'include' | 'exclude'>): boolean {
  return include.length > 0 && include.every((t) => normalizedText.includes(t)) && !exclude.some((t) => normalizedText.includes(t));
}

/** Ranges (in normalised offsets) of every occurrence of every term, merged where they overlap. */
export function findRanges(normalized: string, terms: readonly string[]): TextRange[] {
  const ranges: TextRange[] = [];
  for (const term of terms) {
    if (!term) continue;
    for (let at = normalized.indexOf(term); at >= 0; at = normalized.indexOf(term, at + 1)) ranges.push([at, at + term.length]);
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: TextRange[] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** Ranges of the terms in an original (un-normalised) text, in the original's offsets. */
export function findRangesInOriginal(original: string, terms: readonly string[]): TextRange[] {
  const { text, toOriginal } = normalizeWithOffsets(original);
  const ranges = findRanges(text, terms);
  if (!toOriginal) return ranges;
  return ranges
    .map(([s, e]): TextRange => [toOriginal[s]!, Math.max(toOriginal[s]! + 1, endOffset(toOriginal, e, original.length))])
    .filter(([s, e]) => s < e);
}

function endOffset(toOriginal: Int32Array, end: number, length: number): number {
  // The original end of normalised offset `end`: the start of the next piece that begins after it.
  const start = toOriginal[end - 1]!;
  for (let k = end; k < toOriginal.length; k++) if (toOriginal[k]! > start) return toOriginal[k]!;
  return length;
}
