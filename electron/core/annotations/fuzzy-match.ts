// Approximate string location: where in a long text is the passage most like `pattern`?
// Candidates come from a sliding window of character-bigram overlap (linear in the text), and each
// candidate is refined by semi-global edit distance (Sellers' algorithm), which finds the substring
// of the text nearest to the pattern.

export interface FuzzyMatch {
  start: number;
  end: number;
  /** Edit distance between the pattern and text[start, end). */
  distance: number;
  /** 1 - distance / pattern length. */
  similarity: number;
}

const MAX_CANDIDATES = 4;

function bigramKey(s: string, i: number): number {
  return s.charCodeAt(i) * 65536 + s.charCodeAt(i + 1);
}

/** Start positions of the windows (of the pattern's length) that share the most bigrams with the pattern. */
export function bigramCandidates(text: string, pattern: string, max = MAX_CANDIDATES): number[] {
  const m = pattern.length;
  if (m < 2 || text.length < 2) return [0];
  // Number the pattern's distinct bigrams; every text bigram becomes that number, or -1.
  const idOf = new Map<number, number>();
  const want: number[] = [];
  for (let i = 0; i + 1 < m; i++) {
    const k = bigramKey(pattern, i);
    let id = idOf.get(k);
    if (id === undefined) idOf.set(k, (id = want.push(0) - 1));
    want[id]!++;
  }
  const n = text.length - 1;
  const ids = new Int32Array(n);
  for (let i = 0; i < n; i++) ids[i] = idOf.get(bigramKey(text, i)) ?? -1;
  const have = new Int32Array(want.length);
  const bigrams = m - 1;
  const lastStart = Math.max(0, text.length - m);
  const scores = new Int32Array(lastStart + 1);
  let matched = 0;
  for (let i = 0; i < Math.min(bigrams, n); i++) {
    const id = ids[i]!;
    if (id >= 0 && have[id]!++ < want[id]!) matched++;
  }
  scores[0] = matched;
  for (let s = 1; s <= lastStart; s++) {
    const out = ids[s - 1]!;
    if (out >= 0 && --have[out]! < want[out]!) matched--;
    const inAt = s + bigrams - 1;
    if (inAt < n) {
      const id = ids[inAt]!;
      if (id >= 0 && have[id]!++ < want[id]!) matched++;
    }
    scores[s] = matched;
  }
  // The best windows, at least half a pattern apart from each other.
  const picked: number[] = [];
  while (picked.length < max) {
    let best = -1;
    for (let s = 0; s < scores.length; s++) {
      if (scores[s]! > 0 && (best < 0 || scores[s]! > scores[best]!) && picked.every((p) => Math.abs(p - s) >= m / 2)) best = s;
    }
    if (best < 0) break;
    picked.push(best);
  }
  return picked.length > 0 ? picked : [0];
}

/** Sellers: the end (exclusive) in `text` of the best match of `pattern` starting anywhere, with its distance. */
function bestEnd(text: string, pattern: string): { end: number; distance: number } {
  const n = text.length;
  const m = pattern.length;
  let prev = new Int32Array(n + 1); // row for pattern prefix length k-1; row 0 is all zeros (free start)
  let cur = new Int32Array(n + 1);
  for (let k = 1; k <= m; k++) {
    cur[0] = k;
    const pc = pattern.charCodeAt(k - 1);
    for (let j = 1; j <= n; j++) {
      const sub = prev[j - 1]! + (text.charCodeAt(j - 1) === pc ? 0 : 1);
      const del = prev[j]! + 1;
      const ins = cur[j - 1]! + 1;
      cur[j] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
    [prev, cur] = [cur, prev];
  }
  let end = 0;
  for (let j = 1; j <= n; j++) if (prev[j]! < prev[end]!) end = j;
  return { end, distance: prev[end]! };
}

const reverse = (s: string) => s.split('').reverse().join('');

/** The substring of `region` nearest to `pattern` (start and end found by two Sellers passes). */
export function alignInRegion(region: string, pattern: string): FuzzyMatch {
  const { end, distance } = bestEnd(region, pattern);
  const back = bestEnd(reverse(region.slice(0, end)), reverse(pattern));
  const start = end - back.end;
  return { start, end, distance, similarity: pattern.length === 0 ? 0 : 1 - distance / pattern.length };
}

/** The passage of `text` most like `pattern`, or null when the text is empty. */
export function fuzzyFind(text: string, pattern: string): FuzzyMatch | null {
  if (text.length === 0 || pattern.length === 0) return null;
  const m = pattern.length;
  let best: FuzzyMatch | null = null;
  for (const s of bigramCandidates(text, pattern)) {
    const from = Math.max(0, s - Math.ceil(m / 2));
    const to = Math.min(text.length, s + m + Math.ceil(m / 2));
    const found = alignInRegion(text.slice(from, to), pattern);
    const match = { ...found, start: found.start + from, end: found.end + from };
    if (!best || match.distance < best.distance) best = match;
  }
  return best;
}
