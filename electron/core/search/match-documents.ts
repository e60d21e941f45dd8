import { termPairKeys } from './gram-keys';
import type { IndexedDocument } from './memory-index';
import { lookup, type PostingTable } from './segment-codec';

/** A query term prepared once: which keys answer it from the index. */
export interface CompiledTerm {
  term: string;
  /** The unit key of a one-unit term, else -1. */
  unit: number;
  /** The pair keys of a longer term. */
  pairs: number[];
  /** One or two units: the index answers exactly, no verification needed. */
  exact: boolean;
}

export function compileTerm(term: string): CompiledTerm {
  return term.length === 1
    ? { term, unit: term.charCodeAt(0), pairs: [], exact: true }
    : { term, unit: -1, pairs: termPairKeys(term), exact: term.length === 2 };
}

/** What a query needs from a document: the terms, and optionally a range of block ordinals. */
export interface MatchSpec {
  include: readonly CompiledTerm[];
  exclude: readonly CompiledTerm[];
  /** Only blocks with ordinal in [from, to). */
  within?: { from: number; to: number };
}

type Ordinals = ArrayLike<number>;

interface Slice {
  postings: Uint16Array | Uint32Array;
  from: number;
  to: number;
}

/** Posting slices a term's blocks must all be in (null when the document cannot hold it), shortest first. */
function slicesOf(doc: IndexedDocument, t: CompiledTerm): Slice[] | null {
  const seg = doc.segment;
  if (t.unit >= 0) return sliceOf(seg.units, t.unit);
  const out: Slice[] = [];
  for (const key of t.pairs) {
    const s = sliceOf(seg.pairs, key);
    if (!s) return null;
    out.push(s[0]!);
  }
  if (out.length > 1) out.sort((a, b) => a.to - a.from - (b.to - b.from));
  return out;
}

function sliceOf(table: PostingTable, key: number): Slice[] | null {
  const range = lookup(table, key);
  return range ? [{ postings: table.postings, from: range[0], to: range[1] }] : null;
}

/** Ordinals (ascending) of the blocks of `doc` that contain every included term and no excluded one. */
export function matchDocument(doc: IndexedDocument, spec: MatchSpec): Ordinals {
  const slices: Slice[][] = [];
  for (const t of spec.include) {
    const s = slicesOf(doc, t);
    if (!s) return [];
    slices.push(s);
  }
  if (slices.length === 0) return [];
  if (slices.length > 1) slices.sort((a, b) => a[0]!.to - a[0]!.from - (b[0]!.to - b[0]!.from));
  const first = slices[0]![0]!;
  let candidates: Ordinals = (first.postings as Uint16Array | Uint32Array).subarray(first.from, first.to);
  for (const term of slices) {
    for (const s of term) {
      if (s === first) continue;
      candidates = intersect(candidates, s.postings, s.from, s.to);
      if (candidates.length === 0) return [];
    }
  }
  if (spec.within) {
    const { from, to } = spec.within;
    candidates = Array.prototype.filter.call(candidates, (o: number) => o >= from && o < to) as number[];
  }
  // Exclusions: one- and two-unit terms are subtracted exactly; longer ones checked only where their pairs are.
  let suspects: string[] | null = null;
  for (const t of spec.exclude) {
    const s = slicesOf(doc, t);
    if (!s) continue;
    if (t.exact) candidates = subtract(candidates, s[0]!.postings, s[0]!.from, s[0]!.to);
    else (suspects ??= []).push(t.term);
  }
  let verify: string[] | null = null;
  for (const t of spec.include) if (!t.exact) (verify ??= []).push(t.term);
  if (!verify && !suspects) return candidates;
  const texts = doc.texts;
  const out: number[] = [];
  outer: for (let i = 0; i < candidates.length; i++) {
    const ord = candidates[i]!;
    const text = texts[ord]!;
    if (verify) for (const t of verify) if (!text.includes(t)) continue outer;
    if (suspects) for (const t of suspects) if (text.includes(t)) continue outer;
    out.push(ord);
  }
  return out;
}

/** Sorted intersection of sorted ordinals with a sorted slice of postings. */
function intersect(a: Ordinals, postings: Ordinals, from: number, to: number): number[] {
  const out: number[] = [];
  if (a.length * 16 < to - from) {
    // Few candidates, long list: binary search each.
    let lo = from;
    for (let i = 0; i < a.length; i++) {
      const v = a[i]!;
      let hi = to;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (postings[mid]! < v) lo = mid + 1;
        else hi = mid;
      }
      if (lo < to && postings[lo] === v) out.push(v);
    }
    return out;
  }
  let i = 0;
  let j = from;
  while (i < a.length && j < to) {
    const x = a[i]!;
    const y = postings[j]!;
    if (x === y) {
      out.push(x);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return out;
}

/** Sorted ordinals without those in a sorted slice of postings. */
function subtract(a: Ordinals, postings: Ordinals, from: number, to: number): number[] {
  const out: number[] = [];
  let j = from;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    while (j < to && postings[j]! < x) j++;
    if (j < to && postings[j] === x) continue;
    out.push(x);
  }
  return out;
}
