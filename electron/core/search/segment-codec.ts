import { pairKey } from './gram-keys';

// One document's postings: for each key, the ordinals (reading-order positions) of the blocks holding it.
// Stored as a varint blob (about 0.8× the text's UTF-8 size), decoded to typed arrays in memory.

export const SEGMENT_FORMAT = 2;
const MAGIC = 0x5e;
/** Ordinals take the low bits of a combined sort key; a 32-bit key × 2^21 stays below 2^53. */
const ORDINAL_BITS = 2 ** 21;
export const MAX_BLOCKS_PER_DOCUMENT = ORDINAL_BITS;

/** Sorted keys with their postings: postings of keys[i] are postings[starts[i] .. starts[i+1]). */
export interface PostingTable {
  keys: Uint32Array;
  starts: Uint32Array;
  postings: Uint16Array | Uint32Array;
}

export interface Segment {
  blockCount: number;
  units: PostingTable;
  pairs: PostingTable;
}

/** Build the postings of a document from its normalised block texts, in reading order. */
export function buildSegment(texts: readonly string[]): Segment {
  if (texts.length > MAX_BLOCKS_PER_DOCUMENT) throw new Error(`A document has more than ${MAX_BLOCKS_PER_DOCUMENT} blocks`);
  if (texts.length <= 65536) return { blockCount: texts.length, units: unitTable(texts), pairs: pairTable(texts) };
  // Very long documents: one general sort of (key, ordinal) pairs.
  let total = 0;
  for (const t of texts) total += t.length;
  const units = new Float64Array(total);
  const pairs = new Float64Array(total);
  let u = 0;
  let p = 0;
  texts.forEach((t, ord) => {
    for (let i = 0; i < t.length; i++) {
      const first = t.charCodeAt(i);
      units[u++] = first * ORDINAL_BITS + ord;
      if (i + 1 < t.length) pairs[p++] = pairKey(first, t.charCodeAt(i + 1)) * ORDINAL_BITS + ord;
    }
  });
  return { blockCount: texts.length, units: toTable(units.subarray(0, u), texts.length), pairs: toTable(pairs.subarray(0, p), texts.length) };
}

// Scratch tables indexed by UTF-16 unit, reset after each use: dense ids and "last block seen".
const denseOfUnit = new Int32Array(65536).fill(-1);
const lastBlockOfUnit = new Int32Array(65536).fill(-1);

/** Unit postings by counting (no sort of occurrences): distinct units per document are few. */
function unitTable(texts: readonly string[]): PostingTable {
  let total = 0;
  for (const t of texts) total += t.length;
  const units: number[] = [];
  const counts: number[] = [];
  const denseAt = new Int32Array(total);
  const ordAt = new Uint16Array(total);
  let n = 0;
  for (let ord = 0; ord < texts.length; ord++) {
    const t = texts[ord]!;
    for (let i = 0; i < t.length; i++) {
      const unit = t.charCodeAt(i);
      let d = denseOfUnit[unit]!;
      if (d < 0) {
        d = denseOfUnit[unit] = units.length;
        units.push(unit);
        counts.push(0);
      }
      if (lastBlockOfUnit[unit] === ord) continue;
      lastBlockOfUnit[unit] = ord;
      counts[d]!++;
      denseAt[n] = d;
      ordAt[n++] = ord;
    }
  }
  for (const unit of units) {
    denseOfUnit[unit] = -1;
    lastBlockOfUnit[unit] = -1;
  }
  const order = Uint32Array.from(units.keys()).sort((a, b) => units[a]! - units[b]!);
  const starts = new Uint32Array(units.length + 1);
  const next = new Uint32Array(units.length);
  order.forEach((d, rank) => {
    next[d] = starts[rank]!;
    starts[rank + 1] = starts[rank]! + counts[d]!;
  });
  const postings = new Uint16Array(n);
  // Occurrences come in reading order, so each unit's postings come out sorted.
  for (let i = 0; i < n; i++) postings[next[denseAt[i]!]!++] = ordAt[i]!;
  return { keys: Uint32Array.from(order, (d) => units[d]!), starts, postings };
}

/** Pair postings: bucket occurrences by first unit, then sort each bucket's (second unit, ordinal) as 32-bit values. */
function pairTable(texts: readonly string[]): PostingTable {
  const firsts: number[] = [];
  const counts: number[] = [];
  for (const t of texts) {
    for (let i = 0; i + 1 < t.length; i++) {
      const unit = t.charCodeAt(i);
      let d = denseOfUnit[unit]!;
      if (d < 0) {
        d = denseOfUnit[unit] = firsts.length;
        firsts.push(unit);
        counts.push(0);
      }
      counts[d]!++;
    }
  }
  const order = Uint32Array.from(firsts.keys()).sort((a, b) => firsts[a]! - firsts[b]!);
  const begin = new Int32Array(firsts.length);
  const fill = new Int32Array(firsts.length);
  let size = 0;
  for (const d of order) {
    begin[d] = fill[d] = size;
    size += counts[d]!;
  }
  const values = new Uint32Array(size);
  texts.forEach((t, ord) => {
    for (let i = 0; i + 1 < t.length; i++) values[fill[denseOfUnit[t.charCodeAt(i)]!]!++] = t.charCodeAt(i + 1) * 65536 + ord;
  });
  for (const unit of firsts) denseOfUnit[unit] = -1;
  const keys: number[] = [];
  const starts: number[] = [];
  const postings = new Uint16Array(size);
  let n = 0;
  for (const d of order) {
    const bucket = values.subarray(begin[d]!, fill[d]!).sort();
    const base = firsts[d]! * 65536;
    let last = -1;
    let lastKey = -1;
    for (let i = 0; i < bucket.length; i++) {
      const v = bucket[i]!;
      if (v === last) continue;
      last = v;
      const key = base + (v >>> 16);
      if (key !== lastKey) {
        keys.push(key);
        starts.push(n);
        lastKey = key;
      }
      postings[n++] = v & 0xffff;
    }
  }
  starts.push(n);
  return { keys: Uint32Array.from(keys), starts: Uint32Array.from(starts), postings: postings.slice(0, n) };
}

function toTable(combined: Float64Array, blockCount: number): PostingTable {
  combined.sort();
  const keys: number[] = [];
  const starts: number[] = [];
  const postings = blockCount <= 65536 ? new Uint16Array(combined.length) : new Uint32Array(combined.length);
  let n = 0;
  let last = -1;
  let lastKey = -1;
  for (let i = 0; i < combined.length; i++) {
    const value = combined[i]!;
    if (value === last) continue;
    last = value;
    const key = Math.floor(value / ORDINAL_BITS);
    if (key !== lastKey) {
      keys.push(key);
      starts.push(n);
      lastKey = key;
    }
    postings[n++] = value - key * ORDINAL_BITS;
  }
  starts.push(n);
  return { keys: Uint32Array.from(keys), starts: Uint32Array.from(starts), postings: postings.slice(0, n) };
}

export function encodeSegment(seg: Segment): Buffer {
  const size = (t: PostingTable) => t.keys.length * 8 + t.postings.length * 3;
  const out = new Uint8Array(32 + size(seg.units) + size(seg.pairs));
  let at = 0;
  const put = (v: number) => {
    while (v >= 128) {
      out[at++] = (v % 128) | 128;
      v = Math.floor(v / 128);
    }
    out[at++] = v;
  };
  const putTable = (t: PostingTable) => {
    put(t.keys.length);
    let prevKey = 0;
    for (let k = 0; k < t.keys.length; k++) {
      put(t.keys[k]! - prevKey);
      prevKey = t.keys[k]!;
      const from = t.starts[k]!;
      const to = t.starts[k + 1]!;
      put(to - from);
      let prev = 0;
      for (let i = from; i < to; i++) {
        put(t.postings[i]! - prev);
        prev = t.postings[i]!;
      }
    }
  };
  out[at++] = MAGIC;
  put(SEGMENT_FORMAT);
  put(seg.blockCount);
  putTable(seg.units);
  putTable(seg.pairs);
  return Buffer.from(out.buffer, 0, at);
}

export class DamagedSegment extends Error {}

export function decodeSegment(blob: Uint8Array): Segment {
  let at = 0;
  const get = (): number => {
    let v = 0;
    let scale = 1;
    for (;;) {
      if (at >= blob.length) throw new DamagedSegment('segment ends early');
      const b = blob[at++]!;
      v += (b & 127) * scale;
      if (b < 128) return v;
      scale *= 128;
      if (scale > 2 ** 49) throw new DamagedSegment('bad varint');
    }
  };
  if (blob[at++] !== MAGIC) throw new DamagedSegment('bad magic');
  if (get() !== SEGMENT_FORMAT) throw new DamagedSegment('unknown format');
  const blockCount = get();
  const getTable = (): PostingTable => {
    const keyCount = get();
    const keys = new Uint32Array(keyCount);
    const starts = new Uint32Array(keyCount + 1);
    const Postings = blockCount <= 65536 ? Uint16Array : Uint32Array;
    let postings: Uint16Array | Uint32Array = new Postings(keyCount * 2);
    let p = 0;
    let key = 0;
    for (let k = 0; k < keyCount; k++) {
      const delta = get();
      if (k > 0 && delta === 0) throw new DamagedSegment('keys out of order');
      key += delta;
      if (key >= 2 ** 32) throw new DamagedSegment('key out of range');
      keys[k] = key;
      starts[k] = p;
      const count = get();
      if (count === 0 || count > blockCount) throw new DamagedSegment('bad postings length');
      if (p + count > postings.length) {
        const grown = new Postings(Math.max(postings.length * 2, p + count));
        grown.set(postings);
        postings = grown;
      }
      let ord = 0;
      for (let i = 0; i < count; i++) {
        const step = get();
        if (i > 0 && step === 0) throw new DamagedSegment('postings out of order');
        ord += step;
        if (ord >= blockCount) throw new DamagedSegment('ordinal out of range');
        postings[p++] = ord;
      }
    }
    starts[keyCount] = p;
    return { keys, starts, postings: postings.slice(0, p) };
  };
  const units = getTable();
  const pairs = getTable();
  if (at !== blob.length) throw new DamagedSegment('trailing bytes');
  return { blockCount, units, pairs };
}

/** Postings range [from, to) of `key`, or null when no block holds it. */
export function lookup(table: PostingTable, key: number): [number, number] | null {
  const keys = table.keys;
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = keys[mid]!;
    if (v < key) lo = mid + 1;
    else if (v > key) hi = mid - 1;
    else return [table.starts[mid]!, table.starts[mid + 1]!];
  }
  return null;
}
