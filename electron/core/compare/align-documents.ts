import type { AlignedPair, CompareSummary, Difference, PairShape } from '../../shared/compare-types';
import type { Block } from '../../shared/types';
import { alignTexts, type CharAlignment } from './anchor-align';
import { findMoves } from './find-moves';
import { groupBlocks, type BlockGroup } from './group-blocks';
import { normalizeBlocks, type NormalizedText } from './normalized-text';
import { diffGroup, type PairDiff } from './pair-diff';
import { isRenumbered } from './renumbering';

export interface Alignment {
  summary: Omit<CompareSummary, 'tookMs'>;
  pairs: AlignedPair[];
  differences: Difference[];
}

// A group whose sides share less than this is two unrelated texts, not one changed text.
const MIN_PAIR_SCORE = 0.2;
const PREVIEW_CHARS = 300;

interface ScoredGroup extends BlockGroup {
  moved: boolean;
  diff: PairDiff;
}

/** Align the blocks of two versions of a text and describe every difference. */
export function alignDocuments(blocksA: Block[], blocksB: Block[]): Alignment {
  const na = normalizeBlocks(blocksA);
  const nb = normalizeBlocks(blocksB);
  const al = alignTexts(na.text, nb.text);
  const inOrder = groupBlocks(na, nb, al).filter((g) => globalScore(na, nb, al, g) >= MIN_PAIR_SCORE);
  const moves = findMoves(na, nb, al, inOrder);
  const paired = { a: new Set([...inOrder, ...moves].flatMap((g) => g.a)), b: new Set([...inOrder, ...moves].flatMap((g) => g.b)) };
  const groups: ScoredGroup[] = [
    ...inOrder.map((g) => ({ ...g, moved: false, diff: diffGroup(na, nb, al, g, paired) })),
    ...moves.map((g) => ({ ...g, moved: true, diff: diffGroup(na, nb, al, g, paired) })),
  ];
  return describe(na, nb, al, orderPairs(na.blocks.length, nb.blocks.length, groups));
}

/** Share of the group's characters that the document alignment matched within the group. */
function globalScore(na: NormalizedText, nb: NormalizedText, al: CharAlignment, g: BlockGroup): number {
  const inB = new Set(g.b);
  let equal = 0;
  let chars = 0;
  for (const x of g.a) {
    chars += na.blockEnd[x]! - na.blockStart[x]!;
    for (let p = na.blockStart[x]!; p < na.blockEnd[x]!; p++) {
      const q = al.aToB[p]!;
      if (q >= 0 && inB.has(nb.blockOf[q]!)) equal++;
    }
  }
  for (const y of g.b) chars += nb.blockEnd[y]! - nb.blockStart[y]!;
  return (2 * equal) / Math.max(1, chars);
}

/**
 * A partial copy ends inside a paragraph: the group holds the last block of one document and the
 * other side simply goes on (the diff ends with text only the other side has).
 */
function cutOffSide(na: NormalizedText, nb: NormalizedText, g: ScoredGroup): 'a' | 'b' | undefined {
  const last = g.diff.ops.at(-1);
  if (last?.op === 'insert' && g.a.includes(na.blocks.length - 1)) return 'a';
  if (last?.op === 'delete' && g.b.includes(nb.blocks.length - 1)) return 'b';
  return undefined;
}

type Slot = { group: ScoredGroup } | { onlyA: number } | { onlyB: number };

/** Reading order: A's order, with B-only text where B has it; moved text at its place in B. */
function orderPairs(countA: number, countB: number, groups: ScoredGroup[]): Slot[] {
  const groupOfA = new Int32Array(countA).fill(-1);
  const groupOfB = new Int32Array(countB).fill(-1);
  groups.forEach((g, gi) => {
    for (const x of g.a) groupOfA[x] = gi;
    for (const y of g.b) groupOfB[y] = gi;
  });
  const emitted = new Uint8Array(groups.length);
  const slots: Slot[] = [];
  const emit = (gi: number) => {
    emitted[gi] = 1;
    slots.push({ group: groups[gi]! });
  };
  let i = 0;
  let j = 0;
  while (i < countA || j < countB) {
    if (i < countA && groupOfA[i]! >= 0 && emitted[groupOfA[i]!]) {
      i++;
      continue;
    }
    if (j < countB && groupOfB[j]! >= 0 && emitted[groupOfB[j]!]) {
      j++;
      continue;
    }
    const ga = i < countA ? groupOfA[i]! : -2;
    const gb = j < countB ? groupOfB[j]! : -2;
    if (ga === -1) slots.push({ onlyA: i++ });
    else if (gb === -1) slots.push({ onlyB: j++ });
    else if (ga === -2) emit(gb);
    else if (gb === -2) {
      if (groups[ga]!.moved) i++;
      else emit(ga);
    } else if (ga === gb) emit(ga);
    else if (groups[ga]!.moved) i++;
    else emit(groups[gb]!.moved ? gb : ga);
  }
  return slots;
}

function shapeOf(g: BlockGroup): PairShape {
  if (g.a.length === 1 && g.b.length === 1) return 'one';
  if (g.a.length === 1) return 'split';
  if (g.b.length === 1) return 'merged';
  return 'regrouped';
}

function preview(text: string): string {
  return text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS)}…` : text;
}

function describe(na: NormalizedText, nb: NormalizedText, al: CharAlignment, slots: Slot[]): Alignment {
  const pairs: AlignedPair[] = [];
  const differences: Difference[] = [];
  const counts = { same: 0, changed: 0, added: 0, removed: 0, moved: 0, split: 0, merged: 0, renumbered: 0 };
  const addDifference = (d: Omit<Difference, 'index' | 'pairIndex'>) => differences.push({ index: differences.length, pairIndex: pairs.length, ...d });
  for (const slot of slots) {
    if ('onlyA' in slot) {
      const block = na.blocks[slot.onlyA]!;
      counts.removed++;
      addDifference({ kind: 'removed', aText: preview(block.text), bText: '', aAt: { blockId: block.blockId, start: 0, end: block.text.length }, bAt: null });
      pairs.push({ a: block.blockId, b: null, aBlocks: [block.blockId], bBlocks: [], kind: 'removed', shape: 'one', score: 0 });
      continue;
    }
    if ('onlyB' in slot) {
      const block = nb.blocks[slot.onlyB]!;
      counts.added++;
      addDifference({ kind: 'added', aText: '', bText: preview(block.text), aAt: null, bAt: { blockId: block.blockId, start: 0, end: block.text.length } });
      pairs.push({ a: null, b: block.blockId, aBlocks: [], bBlocks: [block.blockId], kind: 'added', shape: 'one', score: 0 });
      continue;
    }
    const g = slot.group;
    const aBlocks = [...g.a].sort((x, y) => x - y).map((x) => na.blocks[x]!);
    const bBlocks = [...g.b].sort((x, y) => x - y).map((y) => nb.blocks[y]!);
    const same = g.diff.equalChars === g.diff.aChars + g.diff.bChars;
    const kind = g.moved ? 'moved' : same ? 'same' : 'changed';
    const shape = shapeOf(g);
    const cutOff = same ? undefined : cutOffSide(na, nb, g);
    const renumbered = !same && aBlocks.length === 1 && bBlocks.length === 1 && isRenumbered(aBlocks[0]!.text, bBlocks[0]!.text);
    counts[kind]++;
    if (shape === 'split') counts.split++;
    if (shape === 'merged') counts.merged++;
    if (renumbered) counts.renumbered++;
    if (g.moved) {
      const aText = preview(aBlocks.map((b) => b.text).join('\n'));
      const bText = preview(bBlocks.map((b) => b.text).join('\n'));
      addDifference({ kind: 'moved', aText, bText, aAt: { blockId: aBlocks[0]!.blockId, start: 0, end: aBlocks[0]!.text.length }, bAt: { blockId: bBlocks[0]!.blockId, start: 0, end: bBlocks[0]!.text.length } });
    }
    for (const h of g.diff.hunks) {
      addDifference({ kind: h.aText && h.bText ? 'change' : h.aText ? 'delete' : 'insert', aText: h.aText, bText: h.bText, aAt: h.aAt, bAt: h.bAt });
    }
    pairs.push({
      a: aBlocks[0]!.blockId,
      b: bBlocks[0]!.blockId,
      aBlocks: aBlocks.map((b) => b.blockId),
      bBlocks: bBlocks.map((b) => b.blockId),
      kind,
      shape,
      score: Math.round((g.diff.equalChars / Math.max(1, g.diff.aChars + g.diff.bChars)) * 1000) / 1000,
      ...(renumbered ? { renumbered } : {}),
      ...(cutOff ? { cutOff } : {}),
      ...(same ? {} : { diff: g.diff.ops, aMarks: g.diff.aMarks, bMarks: g.diff.bMarks }),
    });
  }
  let matched = 0;
  for (let i = 0; i < al.aToB.length; i++) if (al.aToB[i]! >= 0) matched++;
  const similarity = Math.round(((2 * matched) / Math.max(1, na.text.length + nb.text.length)) * 1000) / 1000;
  return {
    summary: { ...counts, differences: differences.length, similarity, aChars: na.text.length, bChars: nb.text.length },
    pairs,
    differences,
  };
}
