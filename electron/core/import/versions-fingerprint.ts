// A text's fingerprint: sampled hashes of every run of SHINGLE characters, compared between documents to
// find copies of one work (versions.ts). Pure, so an import's worker thread makes it too.

const SHINGLE = 12;
/** Keep one shingle in SAMPLE_MOD to compare texts. */
export const SAMPLE_MOD = 16;

/** Text reduced to what stays the same across copies: Han characters, letters and digits, half-width. */
export function normalizeForComparison(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[^\u4E00-\u9FFF\u3400-\u4DBFA-Za-z0-9]/g, '')
    .toLowerCase();
}

const BASE = 0x01000193;
// BASE^(SHINGLE-1) in 32-bit arithmetic, to take the outgoing character off the rolling hash.
const BASE_TOP = Array.from({ length: SHINGLE - 1 }).reduce<number>((p) => Math.imul(p, BASE), 1);

/** Spread the bits of a rolling hash so that sampling by its low bits is fair. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** The code unit normalizeForComparison keeps for `c` (half-width, lower case), or -1 when it drops it. */
function comparisonUnit(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a)) return c;
  if (c >= 0x41 && c <= 0x5a) return c + 0x20;
  return -1;
}

/** The last SHINGLE kept units, to take the outgoing one off the rolling hash. */
const recent = new Int32Array(SHINGLE);

/**
 * Sampled shingle hashes of a text (a rolling hash over every run of SHINGLE characters of its
 * normalizeForComparison form), computed in one pass over the text without building that form.
 */
export function fingerprint(text: string): Set<number> {
  const out = new Set<number>();
  let h = 0;
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const c = comparisonUnit(text.charCodeAt(i));
    if (c < 0) continue;
    if (kept >= SHINGLE) h = (h - Math.imul(recent[kept % SHINGLE]!, BASE_TOP)) | 0;
    h = (Math.imul(h, BASE) + c) | 0;
    recent[kept % SHINGLE] = c;
    kept++;
    if (kept >= SHINGLE) {
      const m = mix(h);
      if ((m >>> 0) % SAMPLE_MOD === 0) out.add(m);
    }
  }
  return out;
}

/** A text's sampled shingle hashes, sorted: what doc_shingles stores and documents are compared by. */
export function fingerprintHashes(text: string): Int32Array {
  return Int32Array.from(fingerprint(text)).sort();
}
