// The tokens of the on-disk index (search_grams, an FTS5 table with the `ascii` tokenizer): every
// distinct character of a block's normalised text, and every distinct pair of adjacent characters,
// each written in ASCII so no tokenizer rule (punctuation, spaces, case, diacritics) can touch it.
// A character is its code point in base 32 (digits 0-9a-v); a pair is two of those joined by "x".

const cache = new Map<number, string>();

function code(cp: number): string {
  let s = cache.get(cp);
  if (s === undefined) cache.set(cp, (s = cp.toString(32)));
  return s;
}

/** Space-separated distinct tokens of a normalised text: what is stored for one block. */
export function blockTokens(normalized: string): string {
  const seen = new Set<number>();
  const out: string[] = [];
  let prev = -1;
  for (let i = 0; i < normalized.length; i++) {
    let cp = normalized.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < normalized.length) {
      const low = normalized.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    if (!seen.has(cp)) {
      seen.add(cp);
      out.push(code(cp));
    }
    if (prev >= 0) {
      // Pair keys sit above every code point (< 0x110000), so they never collide with characters.
      const pair = 0x110000 + prev * 0x110000 + cp;
      if (!seen.has(pair)) {
        seen.add(pair);
        out.push(`${code(prev)}x${code(cp)}`);
      }
    }
    prev = cp;
  }
  return out.join(' ');
}

/** Code points of a term. */
export function codePoints(term: string): number[] {
  return Array.from(term, (c) => c.codePointAt(0)!);
}

/**
 * The tokens a block must hold to contain `term`: its one character, its one pair, or every pair of
 * a longer term (then a candidate, verified on the text). `exact` when the tokens alone decide.
 */
export function termTokens(term: string): { tokens: string[]; exact: boolean } {
  const cps = codePoints(term);
  if (cps.length === 1) return { tokens: [code(cps[0]!)], exact: true };
  const tokens = new Set<string>();
  for (let i = 0; i + 1 < cps.length; i++) tokens.add(`${code(cps[i]!)}x${code(cps[i + 1]!)}`);
  return { tokens: [...tokens], exact: cps.length === 2 };
}
