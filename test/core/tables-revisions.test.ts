import { describe, expect, it } from 'vitest';
import { revisionRows, runsText } from '../../electron/core/tables/revision-rows';
import type { AlignedPair } from '../../electron/shared/compare-types';

// Two made-up versions of a short plan, aligned as the version comparison aligns them.
const a = new Map([
  [1, '一、目标'],
  [2, '到2027年建成示范区3个。'],
  [3, '加强组织领导。'],
]);
const b = new Map([
  [11, '一、目标'],
  [12, '到2027年建成示范区5个，'],
  [13, '培育龙头企业10家。'],
  [14, '强化资金保障。'],
]);

const pairs: AlignedPair[] = [
  { a: 1, b: 11, aBlocks: [1], bBlocks: [11], kind: 'same', shape: 'one', score: 1 },
  {
    a: 2,
    b: 12,
    aBlocks: [2],
    bBlocks: [12, 13],
    kind: 'changed',
    shape: 'split',
    score: 0.7,
    aMarks: [{ blockId: 2, start: 11, end: 12 }],
    bMarks: [
      { blockId: 12, start: 11, end: 12 },
      { blockId: 13, start: 0, end: 10 },
    ],
  },
  { a: 3, b: null, aBlocks: [3], bBlocks: [], kind: 'removed', shape: 'one', score: 0 },
  { a: null, b: 14, aBlocks: [], bBlocks: [14], kind: 'added', shape: 'one', score: 0 },
];

describe('修订对照表 rows', () => {
  const rows = revisionRows(pairs, { a, b });

  it('leaves unchanged paragraphs out unless asked, and keeps them whole when asked', () => {
    expect(rows.map((r) => r.kind)).toEqual(['changed', 'removed', 'added']);
    const all = revisionRows(pairs, { a, b }, true);
    expect(all[0]).toEqual({ kind: 'same', aBlockId: 1, bBlockId: 11, before: [{ op: 'equal', text: '一、目标' }], after: [{ op: 'equal', text: '一、目标' }] });
  });

  it('marks deleted characters in the old text and inserted ones in the new, each side in its own words and paragraphs', () => {
    const changed = rows[0]!;
    expect(changed.before).toEqual([
      { op: 'equal', text: '到2027年建成示范区' },
      { op: 'delete', text: '3' },
      { op: 'equal', text: '个。' },
    ]);
    expect(changed.after).toEqual([
      { op: 'equal', text: '到2027年建成示范区' },
      { op: 'insert', text: '5' },
      { op: 'equal', text: '个，\n' },
      { op: 'insert', text: '培育龙头企业10家。' },
    ]);
    expect(runsText(changed.after)).toBe(`${b.get(12)}\n${b.get(13)}`);
  });

  it('shows a removed paragraph as deleted and an added one as inserted, with nothing on the other side', () => {
    expect(rows[1]).toMatchObject({ aBlockId: 3, bBlockId: null, before: [{ op: 'delete', text: '加强组织领导。' }], after: [] });
    expect(rows[2]).toMatchObject({ aBlockId: null, bBlockId: 14, before: [], after: [{ op: 'insert', text: '强化资金保障。' }] });
  });
});
