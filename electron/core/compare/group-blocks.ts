import type { CharAlignment } from './anchor-align';
import type { NormalizedText } from './normalized-text';

/** Blocks of A and B (indices) that hold the same text: one-to-one, split, merged or regrouped. */
export interface BlockGroup {
  a: number[];
  b: number[];
}

/**
 * Turn a character alignment into corresponding blocks. Two blocks belong together when at least
 * half of the shorter one is matched into the other (this is what pairs a paragraph with the
 * pieces it was split into), or when most of one block's matched text lies in the other (a
 * heavily edited paragraph). Connected blocks form one group.
 */
export function groupBlocks(na: NormalizedText, nb: NormalizedText, al: CharAlignment): BlockGroup[] {
  const countA = na.blocks.length;
  const countB = nb.blocks.length;
  const weight = new Map<number, number>();
  for (let i = 0; i < al.aToB.length; i++) {
    const j = al.aToB[i]!;
    if (j < 0) continue;
    const key = na.blockOf[i]! * countB + nb.blockOf[j]!;
    weight.set(key, (weight.get(key) ?? 0) + 1);
  }
  const lenA = (x: number) => na.blockEnd[x]! - na.blockStart[x]!;
  const lenB = (y: number) => nb.blockEnd[y]! - nb.blockStart[y]!;
  const bestOfA = new Map<number, { other: number; w: number }>();
  const bestOfB = new Map<number, { other: number; w: number }>();
  const matchedA = new Int32Array(countA);
  const matchedB = new Int32Array(countB);
  for (const [key, w] of weight) {
    const x = Math.floor(key / countB);
    const y = key % countB;
    matchedA[x] = matchedA[x]! + w;
    matchedB[y] = matchedB[y]! + w;
    if ((bestOfA.get(x)?.w ?? 0) < w) bestOfA.set(x, { other: y, w });
    if ((bestOfB.get(y)?.w ?? 0) < w) bestOfB.set(y, { other: x, w });
  }

  const parent = Array.from({ length: countA + countB }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const linked = new Uint8Array(countA + countB);
  for (const [key, w] of weight) {
    const x = Math.floor(key / countB);
    const y = key % countB;
    const shorter = Math.min(lenA(x), lenB(y));
    // A block whose surviving matches lie mostly in one block belongs with it, however much of
    // it changed (a rewritten paragraph, the cut-off end of a partial copy).
    // A couple of shared characters (一、 of two headings) do not make blocks belong together.
    const belongs =
      (bestOfA.get(x)!.other === y && w * 2 >= matchedA[x]! && w * 5 >= lenA(x)) ||
      (bestOfB.get(y)!.other === x && w * 2 >= matchedB[y]! && w * 5 >= lenB(y));
    if (w * 2 >= shorter || (belongs && w >= 3)) {
      parent[find(x)] = find(countA + y);
      linked[x] = linked[countA + y] = 1;
    }
  }
  const byRoot = new Map<number, BlockGroup>();
  for (let i = 0; i < countA + countB; i++) {
    if (!linked[i]) continue;
    const root = find(i);
    let g = byRoot.get(root);
    if (!g) byRoot.set(root, (g = { a: [], b: [] }));
    if (i < countA) g.a.push(i);
    else g.b.push(i - countA);
  }
  return [...byRoot.values()];
}
