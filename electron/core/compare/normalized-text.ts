import type { Block } from '../../shared/types';

/**
 * A document's blocks as one normalised character stream for matching: whitespace removed,
 * full-width letters, digits and punctuation folded to their half-width forms (NFKC), dashes and
 * quotes unified. Every normalised character remembers its block and its offset in that block's
 * original text, so differences found here can be marked on the text as the reader sees it.
 */
export interface NormalizedText {
  blocks: Block[];
  text: string;
  /** For each normalised character: index of its block. */
  blockOf: Int32Array;
  /** For each normalised character: offset in its block's original text. */
  offsetOf: Int32Array;
  /** Normalised range of each block: [blockStart[i], blockEnd[i]). */
  blockStart: Int32Array;
  blockEnd: Int32Array;
}

const FOLD: Record<string, string> = {
  '—': '-', '–': '-', '－': '-', '―': '-', '‐': '-', '‑': '-', '─': '-',
  '“': '"', '”': '"', '„': '"', '«': '"', '»': '"',
  '‘': "'", '’': "'",
  '〔': '[', '〕': ']', '【': '[', '】': ']', '［': '[', '］': ']',
  '・': '·', '•': '·', '‧': '·', '∙': '·',
  '〈': '<', '〉': '>', '《': '《', '》': '》',
};

function isSpace(code: number): boolean {
  return code <= 0x20 || code === 0x3000 || code === 0xa0 || (code >= 0x2000 && code <= 0x200f) || code === 0xfeff || code === 0x2028 || code === 0x2029;
}

/** The normalised form of one character ('' when it does not count, like spaces). */
export function normalizeChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) return ch;
  if (isSpace(code)) return '';
  const folded = FOLD[ch];
  if (folded !== undefined) return folded;
  return ch.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** Normalise a short string the same way (used for comparing headings, queries). */
export function normalizeString(s: string): string {
  let out = '';
  for (const ch of s) out += normalizeChar(ch);
  return out;
}

export function normalizeBlocks(blocks: Block[]): NormalizedText {
  const total = blocks.reduce((n, b) => n + b.text.length, 0);
  // NFKC can expand a character (… → ...): start at the input size and grow if needed.
  let codes = new Uint16Array(total + 16);
  let blockOf = new Int32Array(total + 16);
  let offsetOf = new Int32Array(total + 16);
  const blockStart = new Int32Array(blocks.length);
  const blockEnd = new Int32Array(blocks.length);
  let n = 0;
  const ensure = (extra: number) => {
    if (n + extra <= codes.length) return;
    const size = codes.length * 2 + extra;
    const grow = <T extends Uint16Array | Int32Array>(arr: T, bigger: T) => (bigger.set(arr), bigger);
    codes = grow(codes, new Uint16Array(size));
    blockOf = grow(blockOf, new Int32Array(size));
    offsetOf = grow(offsetOf, new Int32Array(size));
  };
  for (let bi = 0; bi < blocks.length; bi++) {
    blockStart[bi] = n;
    const t = blocks[bi]!.text;
    for (let i = 0; i < t.length; i++) {
      const code = t.charCodeAt(i);
      if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) {
        ensure(1);
        codes[n] = code;
        blockOf[n] = bi;
        offsetOf[n++] = i;
        continue;
      }
      const norm = normalizeChar(t[i]!);
      ensure(norm.length);
      for (let k = 0; k < norm.length; k++) {
        codes[n] = norm.charCodeAt(k);
        blockOf[n] = bi;
        offsetOf[n++] = i;
      }
    }
    blockEnd[bi] = n;
  }
  let text = '';
  for (let p = 0; p < n; p += 8192) text += String.fromCharCode(...codes.subarray(p, Math.min(n, p + 8192)));
  return { blocks, text, blockOf: blockOf.subarray(0, n), offsetOf: offsetOf.subarray(0, n), blockStart, blockEnd };
}
