import { describe, expect, it } from 'vitest';
import { buildSegment, decodeSegment, encodeSegment, type PostingTable } from '../../electron/core/search/segment-codec';

/** The postings a segment must hold, computed the obvious way. */
function expected(texts: string[], keyOf: (t: string, i: number) => number | null): Map<number, number[]> {
  const map = new Map<number, number[]>();
  texts.forEach((t, ord) => {
    for (let i = 0; i < t.length; i++) {
      const key = keyOf(t, i);
      if (key === null) continue;
      const list = map.get(key) ?? [];
      if (list.at(-1) !== ord) list.push(ord);
      map.set(key, list);
    }
  });
  return new Map([...map].sort((a, b) => a[0] - b[0]));
}
function actual(table: PostingTable): Map<number, number[]> {
  return new Map([...table.keys].map((key, k) => [key, [...table.postings.subarray(table.starts[k]!, table.starts[k + 1]!)]]));
}

describe('document postings', () => {
  const texts = ['长株潭都市圈，长株潭。', '', 'PM2.5 r&d 5g', '𠀀𠀁长', '长长长长', 'a', '\uffff\u0000\ud800'];
  it('hold every unit and every adjacent pair of every block, once per block, in order', () => {
    const seg = buildSegment(texts);
    expect(actual(seg.units)).toEqual(expected(texts, (t, i) => t.charCodeAt(i)));
    expect(actual(seg.pairs)).toEqual(expected(texts, (t, i) => (i + 1 < t.length ? t.charCodeAt(i) * 65536 + t.charCodeAt(i + 1) : null)));
  });

  it('survive encoding, and a long document takes the general path with the same result', () => {
    const seg = buildSegment(texts);
    expect(decodeSegment(encodeSegment(seg))).toEqual({ ...seg, units: { ...seg.units }, pairs: { ...seg.pairs } });
    const many = Array.from({ length: 70_000 }, (_, i) => (i % 3 === 0 ? '长株潭' : `第${i % 97}条`));
    const big = buildSegment(many);
    expect(big.pairs.postings).toBeInstanceOf(Uint32Array);
    expect(actual(big.pairs)).toEqual(expected(many, (t, i) => (i + 1 < t.length ? t.charCodeAt(i) * 65536 + t.charCodeAt(i + 1) : null)));
    expect(decodeSegment(encodeSegment(big)).pairs.keys).toEqual(big.pairs.keys);
  });

  it('refuse damaged bytes', () => {
    const blob = encodeSegment(buildSegment(texts));
    expect(() => decodeSegment(blob.subarray(0, blob.length - 3))).toThrow();
    const flipped = Buffer.from(blob);
    flipped[0] = 0;
    expect(() => decodeSegment(flipped)).toThrow();
  });
});
