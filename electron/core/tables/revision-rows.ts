import type { AlignedPair, BlockMark } from '../../shared/compare-types';
import type { RevisionRow, RevisionRun } from '../../shared/table-types';

type Texts = ReadonlyMap<number, string>;

/** One side of a pair as runs: its blocks' own text (joined by newlines), the marked ranges as `op`. */
function sideRuns(blockIds: readonly number[], texts: Texts, marks: readonly BlockMark[], op: 'delete' | 'insert', whole: boolean): RevisionRun[] {
  const runs: RevisionRun[] = [];
  const push = (kind: RevisionRun['op'], text: string) => {
    if (!text) return;
    const last = runs.at(-1);
    if (last && last.op === kind) last.text += text;
    else runs.push({ op: kind, text });
  };
  blockIds.forEach((id, k) => {
    const text = texts.get(id) ?? '';
    if (k > 0) push(whole ? op : 'equal', '\n');
    if (whole) return push(op, text);
    let at = 0;
    for (const m of marks.filter((x) => x.blockId === id).sort((x, y) => x.start - y.start)) {
      push('equal', text.slice(at, Math.max(at, m.start)));
      push(op, text.slice(Math.max(at, m.start), m.end));
      at = Math.max(at, m.end);
    }
    push('equal', text.slice(at));
  });
  return runs;
}

/**
 * The 修订对照表 of a version comparison: one row per aligned pair, 原文 as kept and deleted runs, 修改后 as
 * kept and inserted runs, each side in its own document's wording. Unchanged pairs only when asked for.
 */
export function revisionRows(pairs: readonly AlignedPair[], texts: { a: Texts; b: Texts }, withSame = false): RevisionRow[] {
  const rows: RevisionRow[] = [];
  for (const p of pairs) {
    if (p.kind === 'same' && !withSame) continue;
    rows.push({
      kind: p.kind,
      aBlockId: p.a,
      bBlockId: p.b,
      before: sideRuns(p.aBlocks, texts.a, p.aMarks ?? [], 'delete', p.kind === 'removed'),
      after: sideRuns(p.bBlocks, texts.b, p.bMarks ?? [], 'insert', p.kind === 'added'),
    });
  }
  return rows;
}

/** The plain text of a side of a row. */
export function runsText(runs: readonly RevisionRun[]): string {
  return runs.map((r) => r.text).join('');
}
