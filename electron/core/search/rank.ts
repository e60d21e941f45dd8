// Relevance. A block scores by how much of it is about the query (BM25-style frequency normalised by
// its length), whether it is a heading, how close several terms stand and whether they stand together
// as written. A document scores by its title, its best block, and how often it uses the terms: a law
// whose article defines a term twice says more about it than a short mention in passing elsewhere.

const K1 = 1.2;
// Legal and policy paragraphs are long by nature: length counts, but less than in web search.
const B = 0.5;
const HEADING = 1.5;
const TITLE_ALL = 6;
const TITLE_SOME = 3;
const MAX_FREQUENCY = 4;

/** Occurrences of `term` in `text`, not overlapping. */
function occurrences(text: string, term: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + term.length)) at.push(i);
  return at;
}

/** A block's score, and how many times the terms occur in it. */
export function blockScore(normalized: string, isHeading: boolean, terms: readonly string[], avgChars: number): { score: number; occurrences: number } {
  const len = Math.max(1, normalized.length);
  const norm = 1 - B + (B * len) / Math.max(1, avgChars);
  let score = 0;
  let total = 0;
  const positions: number[][] = [];
  for (const term of terms) {
    const at = occurrences(normalized, term);
    positions.push(at);
    const tf = at.length;
    total += tf;
    // Longer terms are more specific: a one-character term weighs a third of a four-character one.
    const weight = Math.min(1, 0.25 + 0.25 * [...term].length);
    score += (weight * (tf * (K1 + 1))) / (tf + K1 * norm);
  }
  if (isHeading) score += HEADING;
  if (terms.length > 1) {
    score += proximity(positions, terms);
    if (normalized.includes(terms.join('')) || normalized.includes(terms.join(' '))) score += 1.5;
  }
  return { score, occurrences: total };
}

/** 0–1.5: the shortest stretch holding every term, against the terms' own length. */
function proximity(positions: number[][], terms: readonly string[]): number {
  if (positions.some((p) => p.length === 0)) return 0;
  const events: [number, number][] = [];
  positions.forEach((p, t) => p.forEach((at) => events.push([at, t])));
  events.sort((a, b) => a[0] - b[0]);
  const need = terms.length;
  const seen = new Array<number>(need).fill(0);
  let have = 0;
  let best = Infinity;
  let lo = 0;
  for (let hi = 0; hi < events.length; hi++) {
    if (seen[events[hi]![1]]!++ === 0) have++;
    while (have === need) {
      const [start, t] = events[lo]!;
      best = Math.min(best, events[hi]![0] + terms[events[hi]![1]]!.length - start);
      if (--seen[t]! === 0) have--;
      lo++;
    }
  }
  const own = terms.reduce((n, t) => n + t.length, 0);
  return best === Infinity ? 0 : (1.5 * own) / Math.max(own, best);
}

/** Share of the terms found in the document's title, as a bonus. */
export function titleScore(normTitle: string, terms: readonly string[]): number {
  const found = terms.filter((t) => normTitle.includes(t)).length;
  if (found === 0) return 0;
  return found === terms.length ? TITLE_ALL : (TITLE_SOME * found) / terms.length;
}

/** A document's score from its title, its best block and the terms' occurrences in it. */
export function docScore(title: number, best: number, occurrences: number): number {
  return title + best + Math.min(MAX_FREQUENCY, Math.log2(1 + occurrences));
}

/** Before reading any block: what a document could score, from its title and count alone. */
export function estimatedDocScore(title: number, count: number): number {
  return title + 1.5 + Math.min(MAX_FREQUENCY, Math.log2(1 + count * 1.5));
}
