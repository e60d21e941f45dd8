// Longer shared runs are never coincidence, however much text changed around them.
const MAX_COINCIDENTAL = 24;

interface Equality {
  aStart: number;
  bStart: number;
  length: number;
}

/** The runs of equal characters of a monotone alignment, in order. */
export function equalRuns(aToB: Int32Array): Equality[] {
  const runs: Equality[] = [];
  let cur: Equality | null = null;
  for (let i = 0; i < aToB.length; i++) {
    const j = aToB[i]!;
    if (j < 0) {
      cur = null;
      continue;
    }
    if (cur && cur.aStart + cur.length === i && cur.bStart + cur.length === j) cur.length++;
    else runs.push((cur = { aStart: i, bStart: j, length: 1 }));
  }
  return runs;
}

/**
 * Drop coincidental equalities, as diff-match-patch's cleanupSemantic does: an equal run no longer
 * than the edits on both of its sides (a shared 的 or 、 inside a rewritten sentence) is treated
 * as part of the change, so the reader sees one replacement instead of confetti.
 */
export function cleanupSemantic(aToB: Int32Array, bToA: Int32Array): void {
  for (let pass = 0; pass < 16; pass++) {
    const runs = equalRuns(aToB);
    let changed = false;
    let keptEndA = 0;
    let keptEndB = 0;
    for (let r = 0; r < runs.length; r++) {
      const run = runs[r]!;
      const next = runs[r + 1];
      const beforeA = run.aStart - keptEndA;
      const beforeB = run.bStart - keptEndB;
      const afterA = (next ? next.aStart : aToB.length) - (run.aStart + run.length);
      const afterB = (next ? next.bStart : bToA.length) - (run.bStart + run.length);
      if (run.length <= MAX_COINCIDENTAL && run.length <= Math.max(beforeA, beforeB) && run.length <= Math.max(afterA, afterB)) {
        for (let t = 0; t < run.length; t++) {
          aToB[run.aStart + t] = -1;
          bToA[run.bStart + t] = -1;
        }
        changed = true;
        continue; // the edit before now reaches on to the next run
      }
      keptEndA = run.aStart + run.length;
      keptEndB = run.bStart + run.length;
    }
    if (!changed) return;
  }
}
