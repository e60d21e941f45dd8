import { normalizeForSearch } from '../../shared/search-query';
import { blockTokens } from './gram-tokens';
import { holdsCharacterFoldingIntoHan } from './raw-verify';

/**
 * What the index holds for a document's blocks, in seq order: the tokens of block i are
 * bytes[ends[i - 1] .. ends[i]) (ASCII), and `chars` counts the normalised characters of them all;
 * `folds`: some block holds a character that normalises into Han (raw-verify.ts).
 * Kept as bytes, not strings: an import holds a whole batch's rows until it commits, and bytes are one
 * allocation outside the JavaScript heap that an import's worker thread hands over without a copy.
 */
export interface SearchRows {
  bytes: Uint8Array;
  ends: Uint32Array;
  chars: number;
  folds: boolean;
}

export function searchRows(blocks: readonly { text: string }[]): SearchRows {
  // Never from Node's shared pool (Buffer.allocUnsafe's small buffers): the rows' ArrayBuffer is theirs alone.
  let bytes = Buffer.allocUnsafeSlow(1024);
  const ends = new Uint32Array(blocks.length);
  let end = 0;
  let chars = 0;
  let folds = false;
  blocks.forEach(({ text }, i) => {
    folds ||= holdsCharacterFoldingIntoHan(text);
    const normalized = normalizeForSearch(text);
    chars += normalized.length;
    const tokens = blockTokens(normalized);
    if (end + tokens.length > bytes.length) {
      const grown = Buffer.allocUnsafeSlow(Math.max(bytes.length * 2, end + tokens.length));
      bytes.copy(grown, 0, 0, end);
      bytes = grown;
    }
    end += bytes.write(tokens, end, 'latin1');
    ends[i] = end;
  });
  const exact = Buffer.allocUnsafeSlow(end);
  bytes.copy(exact, 0, 0, end);
  return { bytes: exact, ends, chars, folds };
}

/**
 * The tokens of block `i` of `rows`: a view of their bytes, inserted as CAST(? AS TEXT) (ASCII is UTF-8),
 * so no string is made for each of the import's blocks.
 */
export function rowTokens(rows: SearchRows, i: number): Uint8Array {
  return rows.bytes.subarray(i === 0 ? 0 : rows.ends[i - 1]!, rows.ends[i]!);
}

/** The buffers to hand to another thread with the rows (postMessage's transfer list). */
export const rowBuffers = (rows: SearchRows): ArrayBuffer[] => [rows.bytes.buffer as ArrayBuffer, rows.ends.buffer as ArrayBuffer];
