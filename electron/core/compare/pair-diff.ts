import type { BlockMark, DiffOp, DiffOpKind } from '../../shared/compare-types';
import { alignTexts, type CharAlignment } from './anchor-align';
import type { BlockGroup } from './group-blocks';
import type { NormalizedText } from './normalized-text';

/** Blocks (indices) that belong to some same, changed or moved pair. */
export interface PairedBlocks {
  a: Set<number>;
  b: Set<number>;
}

/** A stretch of one kind of edit, as normalised positions of A and B. */
interface Step {
  op: DiffOpKind;
  a: number[];
  b: number[];
}

/** One place where the pair differs: consecutive deletions and insertions between equal text. */
export interface Hunk {
  aText: string;
  bText: string;
  aAt: BlockMark;
  bAt: BlockMark;
}

export interface PairDiff {
  /** Characters of both sides that are unchanged (a pair of equal characters counts twice). */
  equalChars: number;
  aChars: number;
  bChars: number;
  ops: DiffOp[];
  aMarks: BlockMark[];
  bMarks: BlockMark[];
  hunks: Hunk[];
}

function positions(n: NormalizedText, blocks: number[]): number[] {
  const out: number[] = [];
  for (const bi of [...blocks].sort((x, y) => x - y)) for (let p = n.blockStart[bi]!; p < n.blockEnd[bi]!; p++) out.push(p);
  return out;
}

/** Original text behind normalised positions (consecutive ones, possibly across blocks). */
function originalText(n: NormalizedText, ps: number[]): string {
  let out = '';
  let k = 0;
  while (k < ps.length) {
    const block = n.blockOf[ps[k]!]!;
    let end = k;
    while (end + 1 < ps.length && n.blockOf[ps[end + 1]!] === block) end++;
    out += n.blocks[block]!.text.slice(n.offsetOf[ps[k]!]!, n.offsetOf[ps[end]!]! + 1);
    k = end + 1;
  }
  return out;
}

function marksOf(n: NormalizedText, ps: number[]): BlockMark[] {
  const marks: BlockMark[] = [];
  for (const p of ps) {
    const blockId = n.blocks[n.blockOf[p]!]!.blockId;
    const start = n.offsetOf[p]!;
    const last = marks[marks.length - 1];
    // Characters a normalisation dropped (spaces) between two marked ones are marked too.
    if (last && last.blockId === blockId && n.blocks[n.blockOf[p]!]!.text.slice(last.end, start).trim() === '') last.end = start + 1;
    else marks.push({ blockId, start, end: start + 1 });
  }
  return marks;
}

/** Where an empty edit sits in a side: just after the last equal character before it. */
function pointAt(n: NormalizedText, blocks: number[], after: number | undefined): BlockMark {
  if (after === undefined) {
    const first = Math.min(...blocks);
    return { blockId: n.blocks[first]!.blockId, start: 0, end: 0 };
  }
  const offset = n.offsetOf[after]! + 1;
  return { blockId: n.blocks[n.blockOf[after]!]!.blockId, start: offset, end: offset };
}

/**
 * The character-level differences inside one aligned group of blocks. The group's texts are
 * diffed on their own, so the edit is described where the reader looks at it; characters the
 * other version has in a neighbouring paired block (a paragraph boundary drawn elsewhere) are not
 * counted as changes.
 */
export function diffGroup(na: NormalizedText, nb: NormalizedText, global: CharAlignment, group: BlockGroup, paired: PairedBlocks): PairDiff {
  const pa = positions(na, group.a);
  const pb = positions(nb, group.b);
  const local = alignTexts(
    pa.map((p) => na.text[p]).join(''),
    pb.map((q) => nb.text[q]).join(''),
  );
  const inA = new Set(group.a);
  const inB = new Set(group.b);
  const elsewhereA = (p: number) => {
    const q = global.aToB[p]!;
    return q >= 0 && paired.b.has(nb.blockOf[q]!) && !inB.has(nb.blockOf[q]!);
  };
  const elsewhereB = (q: number) => {
    const p = global.bToA[q]!;
    return p >= 0 && paired.a.has(na.blockOf[p]!) && !inA.has(na.blockOf[p]!);
  };
  const steps: Step[] = [];
  const push = (op: DiffOpKind, a: number | null, b: number | null) => {
    let last = steps[steps.length - 1];
    if (!last || last.op !== op) steps.push((last = { op, a: [], b: [] }));
    if (a !== null) last.a.push(a);
    if (b !== null) last.b.push(b);
  };
  let i = 0;
  let j = 0;
  let equalChars = 0;
  while (i < pa.length || j < pb.length) {
    if (i < pa.length && j < pb.length && local.aToB[i] === j) {
      push('equal', pa[i]!, pb[j]!);
      equalChars += 2;
      i++;
      j++;
    } else if (i < pa.length && local.aToB[i]! < 0) {
      if (elsewhereA(pa[i]!)) {
        push('equal', pa[i]!, null);
        equalChars++;
      } else push('delete', pa[i]!, null);
      i++;
    } else if (j < pb.length) {
      if (elsewhereB(pb[j]!)) {
        push('equal', null, pb[j]!);
        equalChars++;
      } else push('insert', null, pb[j]!);
      j++;
    } else {
      push('delete', pa[i]!, null);
      i++;
    }
  }

  const ops: DiffOp[] = steps
    .map((s) => ({ op: s.op, text: s.op === 'insert' ? originalText(nb, s.b) : originalText(na, s.a) }))
    .filter((op) => op.text !== '');
  const hunks: Hunk[] = [];
  let lastEqualA: number | undefined;
  let lastEqualB: number | undefined;
  for (let s = 0; s < steps.length; s++) {
    const step = steps[s]!;
    if (step.op === 'equal') {
      lastEqualA = step.a.at(-1) ?? lastEqualA;
      lastEqualB = step.b.at(-1) ?? lastEqualB;
      continue;
    }
    const del = step.op === 'delete' ? step : undefined;
    const next = steps[s + 1];
    const ins = step.op === 'insert' ? step : next?.op === 'insert' ? next : undefined;
    if (ins && ins !== step) s++;
    const aMark = del ? marksOf(na, del.a) : [];
    const bMark = ins ? marksOf(nb, ins.b) : [];
    hunks.push({
      aText: del ? originalText(na, del.a) : '',
      bText: ins ? originalText(nb, ins.b) : '',
      aAt: aMark[0] ? { ...aMark[0], end: aMark.filter((m) => m.blockId === aMark[0]!.blockId).at(-1)!.end } : pointAt(na, group.a, lastEqualA),
      bAt: bMark[0] ? { ...bMark[0], end: bMark.filter((m) => m.blockId === bMark[0]!.blockId).at(-1)!.end } : pointAt(nb, group.b, lastEqualB),
    });
  }
  return {
    equalChars,
    aChars: pa.length,
    bChars: pb.length,
    ops,
    aMarks: marksOf(na, steps.filter((s) => s.op === 'delete').flatMap((s) => s.a)),
    bMarks: marksOf(nb, steps.filter((s) => s.op === 'insert').flatMap((s) => s.b)),
    hunks,
  };
}
