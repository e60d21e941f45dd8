import { myersMatches, type MatchRun } from './myers-diff';
import { cleanupSemantic } from './semantic-cleanup';

/** Character alignment of two texts: aToB[i] is the index in b of a[i]'s equal partner, or -1. */
export interface CharAlignment {
  aToB: Int32Array;
  bToA: Int32Array;
}

// Anchor lengths, longest first: long unique substrings pin the alignment cheaply, shorter ones
// are only looked for inside the gaps the longer ones leave.
const ANCHOR_LENGTHS = [20, 8, 4];
// Myers costs about (n + m)² on texts that differ a lot: gaps up to this total length go
// straight to it, longer ones are cut by anchors first.
const SMALL_GAP = 1200;
// Gaps without anchors get a bounded Myers: more edits than this means the texts do not correspond.
const LAST_RESORT_MAX_EDITS = 1000;
const MIN_SHORT_ANCHOR_COVERAGE = 0.05;

interface Gap {
  aLo: number;
  aHi: number;
  bLo: number;
  bHi: number;
  level: number;
}

/**
 * Align two long texts in near-linear time: unique k-grams present once in each text are anchors,
 * the longest increasing chain of anchors (patience) fixes the order, and only the gaps between
 * anchors are diffed with Myers. Text that has no counterpart stays unmatched rather than being
 * forced onto unrelated text.
 */
export function alignTexts(a: string, b: string): CharAlignment {
  const aToB = new Int32Array(a.length).fill(-1);
  const bToA = new Int32Array(b.length).fill(-1);
  const match = (run: MatchRun) => {
    for (let t = 0; t < run.length; t++) {
      aToB[run.aStart + t] = run.bStart + t;
      bToA[run.bStart + t] = run.aStart + t;
    }
  };
  const stack: Gap[] = [{ aLo: 0, aHi: a.length, bLo: 0, bHi: b.length, level: 0 }];
  while (stack.length > 0) {
    const gap = stack.pop()!;
    let { aLo, aHi, bLo, bHi } = gap;
    while (aLo < aHi && bLo < bHi && a.charCodeAt(aLo) === b.charCodeAt(bLo)) match({ aStart: aLo++, bStart: bLo++, length: 1 });
    while (aLo < aHi && bLo < bHi && a.charCodeAt(aHi - 1) === b.charCodeAt(bHi - 1)) match({ aStart: --aHi, bStart: --bHi, length: 1 });
    const n = aHi - aLo;
    const m = bHi - bLo;
    if (n === 0 || m === 0) continue;
    if (n + m <= SMALL_GAP) {
      myersMatches(a, aLo, aHi, b, bLo, bHi, n + m)!.forEach(match);
      continue;
    }
    let level = gap.level;
    let runs: MatchRun[] = [];
    while (level < ANCHOR_LENGTHS.length && runs.length === 0) {
      runs = anchorRuns(a, aLo, aHi, b, bLo, bHi, ANCHOR_LENGTHS[level]!);
      if (runs.length === 0) level++;
    }
    if (runs.length === 0) {
      myersMatches(a, aLo, aHi, b, bLo, bHi, LAST_RESORT_MAX_EDITS)?.forEach(match);
      continue;
    }
    // Short anchors that explain almost nothing of a long gap are coincidences between texts
    // that do not correspond (two different reports); diffing between them would cost
    // quadratic time only for the semantic clean-up to throw the result away.
    if (level > 0 && runs.reduce((sum, r) => sum + r.length, 0) < MIN_SHORT_ANCHOR_COVERAGE * Math.min(n, m)) continue;
    let prevA = aLo;
    let prevB = bLo;
    for (const run of runs) {
      match(run);
      if (run.aStart > prevA || run.bStart > prevB) stack.push({ aLo: prevA, aHi: run.aStart, bLo: prevB, bHi: run.bStart, level });
      prevA = run.aStart + run.length;
      prevB = run.bStart + run.length;
    }
    if (prevA < aHi || prevB < bHi) stack.push({ aLo: prevA, aHi, bLo: prevB, bHi, level });
  }
  cleanupSemantic(aToB, bToA);
  return { aToB, bToA };
}

const BASE = 0x01000193;

function power(k: number): number {
  let p = 1;
  for (let i = 0; i < k - 1; i++) p = Math.imul(p, BASE);
  return p;
}

/**
 * Open-addressing table from k-gram hash to the gram's start if it occurs once in the range, -1 if
 * more often. Typed arrays, not a Map: a 300,000-character text has 300,000 grams.
 */
class GramTable {
  readonly keys: Int32Array;
  readonly starts: Int32Array;
  readonly used: Uint8Array;
  readonly mask: number;
  constructor(count: number) {
    let size = 16;
    while (size < count * 2) size *= 2;
    this.keys = new Int32Array(size);
    this.starts = new Int32Array(size);
    this.used = new Uint8Array(size);
    this.mask = size - 1;
  }
  private slot(h: number): number {
    let s = Math.imul(h, 0x9e3779b1) >>> 0 & this.mask;
    while (this.used[s] && this.keys[s] !== h) s = (s + 1) & this.mask;
    return s;
  }
  add(h: number, start: number): void {
    const s = this.slot(h);
    if (this.used[s]) this.starts[s] = -1;
    else {
      this.used[s] = 1;
      this.keys[s] = h;
      this.starts[s] = start;
    }
  }
  get(h: number): number {
    const s = this.slot(h);
    return this.used[s] ? this.starts[s]! : -2;
  }
}

/** Calls visit(hash, start) for every k-gram of s[lo..hi). */
function forEachGram(s: string, lo: number, hi: number, k: number, visit: (h: number, start: number) => void): void {
  if (hi - lo < k) return;
  const top = power(k);
  let h = 0;
  for (let i = lo; i < lo + k; i++) h = (Math.imul(h, BASE) + s.charCodeAt(i)) | 0;
  for (let i = lo; ; i++) {
    visit(h, i);
    if (i + k >= hi) break;
    h = (Math.imul((h - Math.imul(s.charCodeAt(i), top)) | 0, BASE) + s.charCodeAt(i + k)) | 0;
  }
}

function sameText(a: string, i: number, b: string, j: number, k: number): boolean {
  for (let t = 0; t < k; t++) if (a.charCodeAt(i + t) !== b.charCodeAt(j + t)) return false;
  return true;
}

/** Unique shared k-grams of the two ranges, chained in order and grown into maximal equal runs. */
function anchorRuns(a: string, aLo: number, aHi: number, b: string, bLo: number, bHi: number, k: number): MatchRun[] {
  const inA = new GramTable(aHi - aLo);
  const inB = new GramTable(bHi - bLo);
  forEachGram(a, aLo, aHi, k, (h, i) => inA.add(h, i));
  forEachGram(b, bLo, bHi, k, (h, j) => inB.add(h, j));
  // Walking A in order yields anchors already sorted by their place in A.
  const anchorsA: number[] = [];
  const anchorsB: number[] = [];
  forEachGram(a, aLo, aHi, k, (h, i) => {
    if (inA.get(h) !== i) return;
    const j = inB.get(h);
    if (j < 0 || !sameText(a, i, b, j, k)) return;
    anchorsA.push(i);
    anchorsB.push(j);
  });
  if (anchorsA.length === 0) return [];
  const chain = longestIncreasing(anchorsB);

  const runs: MatchRun[] = [];
  let endA = aLo;
  let endB = bLo;
  for (const t of chain) {
    const i = anchorsA[t]!;
    const j = anchorsB[t]!;
    const last = runs[runs.length - 1];
    if (last && i - j === last.aStart - last.bStart && i <= endA) {
      last.length = i + k - last.aStart;
    } else {
      const skip = Math.max(0, endA - i, endB - j);
      if (skip >= k) continue;
      runs.push({ aStart: i + skip, bStart: j + skip, length: k - skip });
    }
    const run = runs[runs.length - 1]!;
    endA = run.aStart + run.length;
    endB = run.bStart + run.length;
  }
  // Grow each run over equal characters up to its neighbours.
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!;
    const next = runs[r + 1];
    const limitA = next ? next.aStart : aHi;
    const limitB = next ? next.bStart : bHi;
    while (run.aStart + run.length < limitA && run.bStart + run.length < limitB && a.charCodeAt(run.aStart + run.length) === b.charCodeAt(run.bStart + run.length)) run.length++;
    const prev = runs[r - 1];
    const floorA = prev ? prev.aStart + prev.length : aLo;
    const floorB = prev ? prev.bStart + prev.length : bLo;
    while (run.aStart > floorA && run.bStart > floorB && a.charCodeAt(run.aStart - 1) === b.charCodeAt(run.bStart - 1)) {
      run.aStart--;
      run.bStart--;
      run.length++;
    }
  }
  return runs;
}

/** Indices of a longest strictly increasing subsequence (patience sorting, O(n log n)). */
export function longestIncreasing(values: number[]): number[] {
  const tails: number[] = [];
  const prev = new Int32Array(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const out: number[] = [];
  for (let i = tails.length ? tails[tails.length - 1]! : -1; i >= 0; i = prev[i]!) out.push(i);
  return out.reverse();
}
