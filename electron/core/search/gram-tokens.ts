// The tokens of the on-disk index (search_grams, an FTS5 table with the `ascii` tokenizer): every
// distinct character of a block's normalised text, and every distinct pair of adjacent characters,
// each written in ASCII so no tokenizer rule (punctuation, spaces, case, diacritics) can touch it.
// A character is its code point in base 32 (digits 0-9a-v); a pair is two of those joined by "x".

const astral = new Map<number, string>();
/** Base-32 strings of the code points below 0x10000, made on first use. */
const bmp: (string | undefined)[] = new Array<string | undefined>(0x10000);

function code(cp: number): string {
  if (cp < 0x10000) return bmp[cp] ?? (bmp[cp] = cp.toString(32));
  let s = astral.get(cp);
  if (s === undefined) astral.set(cp, (s = cp.toString(32)));
  return s;
}

// blockTokens runs over every block of every import, so it keeps its sets across calls instead of
// allocating them: a character is seen in this block when charStamp[cp] === stamp; a pair lives in an
// open-addressing table of (first, second) whose slot is in this block when pairStamp[slot] === stamp.
// Bumping `stamp` empties both at once; the arrays are wiped only when the stamp wraps around.
const charStamp = new Uint32Array(0x110000);
let pairStamp = new Uint32Array(1024);
let pairFirst = new Int32Array(1024);
let pairSecond = new Int32Array(1024);
let stamp = 0;

function nextStamp(): number {
  if (stamp === 0xffffffff) {
    charStamp.fill(0);
    pairStamp.fill(0);
    stamp = 0;
  }
  return ++stamp;
}

/** The pair table, sized for `pairs` entries at most half full. */
function reservePairs(pairs: number): void {
  let size = pairStamp.length;
  while (size < pairs * 2) size *= 2;
  if (size === pairStamp.length) return;
  pairStamp = new Uint32Array(size);
  pairFirst = new Int32Array(size);
  pairSecond = new Int32Array(size);
}

/** Space-separated distinct tokens of a normalised text: what is stored for one block. */
export function blockTokens(normalized: string): string {
  const n = normalized.length;
  reservePairs(n);
  const now = nextStamp();
  const mask = pairStamp.length - 1;
  let out = '';
  let prev = -1;
  let prevCode = '';
  for (let i = 0; i < n; i++) {
    let cp = normalized.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) {
      const low = normalized.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    const cpCode = code(cp);
    if (charStamp[cp] !== now) {
      charStamp[cp] = now;
      out = out === '' ? cpCode : `${out} ${cpCode}`;
    }
    if (prev >= 0) {
      let slot = (Math.imul(prev, 0x9e3779b1) ^ Math.imul(cp, 0x85ebca6b)) >>> 0;
      for (slot &= mask; ; slot = (slot + 1) & mask) {
        if (pairStamp[slot] !== now) {
          pairStamp[slot] = now;
          pairFirst[slot] = prev;
          pairSecond[slot] = cp;
          out = `${out} ${prevCode}x${cpCode}`;
          break;
        }
        if (pairFirst[slot] === prev && pairSecond[slot] === cp) break;
      }
    }
    prev = cp;
    prevCode = cpCode;
  }
  return out;
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
