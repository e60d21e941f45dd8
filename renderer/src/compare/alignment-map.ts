import type { AlignedPair, Comparison } from '../../../electron/shared/compare-types';

/** A place in a document: a block and how far into it (0 at its top, 1 at its bottom). */
export interface BlockPosition {
  blockId: number;
  fraction: number;
}

// Below this the two documents are not versions of one text and scrolling is not linked.
export const MIN_SYNC_SIMILARITY = 0.15;

/**
 * Where a position of one document is in the other, following the alignment rather than pixels:
 * the corresponding block (or, for text the other side lacks, the end of the last text both have).
 * Moved paragraphs are skipped so that the other side does not jump away and back.
 */
export class AlignmentMap {
  private readonly pairs: { from: number[]; to: number[] }[];
  private readonly pairOf = new Map<number, number>();

  constructor(comparison: Comparison, fromSide: 'a' | 'b') {
    const toSide = fromSide === 'a' ? 'b' : 'a';
    const sideOf = (p: AlignedPair, side: 'a' | 'b') => (side === 'a' ? p.aBlocks : p.bBlocks);
    this.pairs = comparison.pairs.map((p) => ({ from: sideOf(p, fromSide), to: p.kind === 'moved' ? [] : sideOf(p, toSide) }));
    this.pairs.forEach((p, i) => p.from.forEach((id) => this.pairOf.set(id, i)));
  }

  map(position: BlockPosition): BlockPosition | null {
    const at = this.pairOf.get(position.blockId);
    if (at === undefined) return null;
    const pair = this.pairs[at]!;
    if (pair.to.length > 0) {
      // Spread the position over the pair's blocks on both sides (a split or merged paragraph).
      const through = (pair.from.indexOf(position.blockId) + position.fraction) / pair.from.length;
      const scaled = through * pair.to.length;
      const k = Math.min(pair.to.length - 1, Math.floor(scaled));
      return { blockId: pair.to[k]!, fraction: Math.min(1, scaled - k) };
    }
    for (let i = at - 1; i >= 0; i--) {
      const to = this.pairs[i]!.to;
      if (to.length > 0) return { blockId: to[to.length - 1]!, fraction: 1 };
    }
    for (let i = at + 1; i < this.pairs.length; i++) {
      const to = this.pairs[i]!.to;
      if (to.length > 0) return { blockId: to[0]!, fraction: 0 };
    }
    return null;
  }
}
