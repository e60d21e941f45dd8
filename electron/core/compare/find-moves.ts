import { alignTexts, type CharAlignment } from './anchor-align';
import { groupBlocks, type BlockGroup } from './group-blocks';
import type { NormalizedText } from './normalized-text';

// A moved passage must be mostly the same text and long enough not to be a coincidence
// (short headings such as 一、总体要求 recur everywhere).
const MIN_MOVE_SCORE = 0.5;
const MIN_MOVE_CHARS = 8;
const ROUNDS = 3;

interface Subset extends NormalizedText {
  /** Index in the full text of each character of the subset. */
  toFull: Int32Array;
  /** Full block index of each subset block. */
  blockIndex: number[];
}

function subset(n: NormalizedText, blockIndex: number[]): Subset {
  const size = blockIndex.reduce((s, bi) => s + n.blockEnd[bi]! - n.blockStart[bi]!, 0);
  const toFull = new Int32Array(size);
  const blockOf = new Int32Array(size);
  const offsetOf = new Int32Array(size);
  const blockStart = new Int32Array(blockIndex.length);
  const blockEnd = new Int32Array(blockIndex.length);
  const parts: string[] = [];
  let at = 0;
  blockIndex.forEach((bi, k) => {
    blockStart[k] = at;
    for (let p = n.blockStart[bi]!; p < n.blockEnd[bi]!; p++, at++) {
      toFull[at] = p;
      blockOf[at] = k;
      offsetOf[at] = n.offsetOf[p]!;
    }
    blockEnd[k] = at;
    parts.push(n.text.slice(n.blockStart[bi]!, n.blockEnd[bi]!));
  });
  return { blocks: blockIndex.map((bi) => n.blocks[bi]!), text: parts.join(''), blockOf, offsetOf, blockStart, blockEnd, toFull, blockIndex };
}

/**
 * Text that the in-order alignment left on one side only, but that exists on the other side
 * somewhere else: a moved paragraph. The leftovers of both sides are aligned with each other, and
 * groups that are mostly equal become moves; their character alignment is written into `al` so the
 * moved pair can show its own small differences.
 */
export function findMoves(na: NormalizedText, nb: NormalizedText, al: CharAlignment, paired: BlockGroup[]): BlockGroup[] {
  const pairedA = new Set(paired.flatMap((g) => g.a));
  const pairedB = new Set(paired.flatMap((g) => g.b));
  const moves: BlockGroup[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const freeA = na.blocks.map((_, i) => i).filter((i) => !pairedA.has(i) && na.blockEnd[i]! > na.blockStart[i]!);
    const freeB = nb.blocks.map((_, i) => i).filter((i) => !pairedB.has(i) && nb.blockEnd[i]! > nb.blockStart[i]!);
    if (freeA.length === 0 || freeB.length === 0) break;
    const sa = subset(na, freeA);
    const sb = subset(nb, freeB);
    const sub = alignTexts(sa.text, sb.text);
    let found = false;
    for (const g of groupBlocks(sa, sb, sub)) {
      const inB = new Set(g.b);
      let lenA = 0;
      let lenB = 0;
      let equal = 0;
      for (const k of g.a) {
        lenA += sa.blockEnd[k]! - sa.blockStart[k]!;
        for (let p = sa.blockStart[k]!; p < sa.blockEnd[k]!; p++) {
          const q = sub.aToB[p]!;
          if (q >= 0 && inB.has(sb.blockOf[q]!)) equal++;
        }
      }
      for (const k of g.b) lenB += sb.blockEnd[k]! - sb.blockStart[k]!;
      if ((2 * equal) / (lenA + lenB) < MIN_MOVE_SCORE || Math.min(lenA, lenB) < MIN_MOVE_CHARS) continue;
      for (const k of g.a) for (let p = sa.blockStart[k]!; p < sa.blockEnd[k]!; p++) unlinkA(al, sa.toFull[p]!);
      for (const k of g.b) for (let q = sb.blockStart[k]!; q < sb.blockEnd[k]!; q++) unlinkB(al, sb.toFull[q]!);
      for (const k of g.a) {
        for (let p = sa.blockStart[k]!; p < sa.blockEnd[k]!; p++) {
          const q = sub.aToB[p]!;
          if (q < 0 || !inB.has(sb.blockOf[q]!)) continue;
          al.aToB[sa.toFull[p]!] = sb.toFull[q]!;
          al.bToA[sb.toFull[q]!] = sa.toFull[p]!;
        }
      }
      const move = { a: g.a.map((k) => sa.blockIndex[k]!), b: g.b.map((k) => sb.blockIndex[k]!) };
      move.a.forEach((i) => pairedA.add(i));
      move.b.forEach((i) => pairedB.add(i));
      moves.push(move);
      found = true;
    }
    if (!found) break;
  }
  return moves;
}

function unlinkA(al: CharAlignment, p: number): void {
  const q = al.aToB[p]!;
  if (q >= 0) al.bToA[q] = -1;
  al.aToB[p] = -1;
}

function unlinkB(al: CharAlignment, q: number): void {
  const p = al.bToA[q]!;
  if (p >= 0) al.aToB[p] = -1;
  al.bToA[q] = -1;
}
