import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import type { Library } from '../../electron/core/open-library';
import type { AlignedPair, Comparison } from '../../electron/shared/compare-types';
import type { Block } from '../../electron/shared/types';
import { tempLibrary } from '../helpers/library';
import { corporaDir, tempDir } from '../helpers/paths';

const REPORT = path.join(corporaDir, 'gov-work-reports', '2015年中华人民共和国国务院政府工作报告.txt');
const HEADING = /^[一二三四五六七八九十]、/;
const CN = '一二三四五六七八九十';
const NEW_HEADING = '三、加强和改进统计工作';
const NEW_PARAGRAPH = '统计数据是宏观调控的重要依据。要依法统计、依法治统，确保数据真实准确，坚决防范和惩治统计造假、弄虚作假。';

/**
 * A second edition of a real report, made the way revised editions differ: a new section inserted
 * (so later sections are renumbered), a paragraph moved to another section, one paragraph split in
 * two, two paragraphs merged, and words edited.
 */
function secondEdition(lines: string[]) {
  const heads = lines.map((l, i) => (HEADING.test(l) ? i : -1)).filter((i) => i >= 0);
  expect(heads.length).toBeGreaterThanOrEqual(6);
  const paragraphsOf = (section: number) =>
    lines.map((_, i) => i).filter((i) => i > heads[section]! && i < (heads[section + 1] ?? lines.length) && lines[i]!.length > 60);
  const edited = lines.findIndex((l) => l.includes('稳中有进') && l.includes('名列前茅'));
  const split = paragraphsOf(0).find((i) => i !== edited && lines[i]!.length > 200)!;
  const moved = paragraphsOf(1)[1]!;
  const merged = paragraphsOf(4).find((i) => paragraphsOf(4).includes(i + 1))!;
  const movedTo = heads[4]!; // moved to the end of section 四
  const cut = lines[split]!.indexOf('。', Math.floor(lines[split]!.length / 3)) + 1;

  const out: string[] = [];
  lines.forEach((line, i) => {
    if (i === heads[2]) out.push(NEW_HEADING, NEW_PARAGRAPH);
    if (i === movedTo) out.push(lines[moved]!);
    if (i === moved || i === merged + 1) return;
    const h = heads.indexOf(i);
    if (h >= 2) out.push(CN[h + 1]! + line.slice(1));
    else if (i === split) out.push(line.slice(0, cut), line.slice(cut));
    else if (i === merged) out.push(line + lines[merged + 1]!);
    else if (i === edited) out.push(line.replace('稳中有进', '稳中求进').replace('名列前茅', '位居前列'));
    else out.push(line);
  });
  return { text: out.join('\n\n'), heads, edited, split, moved, merged };
}

describe('aligning two editions of a corpus report', () => {
  let lib: Library;
  let lines: string[];
  let edition: ReturnType<typeof secondEdition>;
  let c: Comparison;
  let blocksA: Block[];
  let blocksB: Block[];
  /** The block of a document whose text is the given source line (spacing ignored). */
  const blockOf = (blocks: Block[], line: string) => {
    const found = blocks.find((b) => b.text.replace(/\s/g, '') === line.replace(/\s/g, ''));
    expect(found, line.slice(0, 30)).toBeDefined();
    return found!;
  };
  const pairOfA = (blockId: number): AlignedPair => c.pairs.find((p) => p.aBlocks.includes(blockId))!;
  const pairOfB = (blockId: number): AlignedPair => c.pairs.find((p) => p.bBlocks.includes(blockId))!;

  beforeAll(async () => {
    lib = tempLibrary();
    const source = fs.readFileSync(REPORT, 'utf8');
    lines = source.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
    edition = secondEdition(lines);
    const dir = tempDir();
    const second = path.join(dir, '2015年政府工作报告（修订版）.txt');
    fs.writeFileSync(second, `${edition.text}\n`);
    const [first] = await dispatch(lib.handlers, 'importPaths', { paths: [REPORT] });
    const [revised] = await dispatch(lib.handlers, 'importPaths', { paths: [second] });
    expect(first!.ok && revised!.ok).toBe(true);
    blocksA = await dispatch(lib.handlers, 'getBlocks', { docId: first!.docId! });
    blocksB = await dispatch(lib.handlers, 'getBlocks', { docId: revised!.docId! });
    c = await dispatch(lib.handlers, 'compareDocuments', { a: first!.docId!, b: revised!.docId! });
  });
  afterAll(() => lib.close());

  it('detects the moved paragraph as moved, unchanged', () => {
    const a = blockOf(blocksA, lines[edition.moved]!);
    const b = blockOf(blocksB, lines[edition.moved]!);
    expect(pairOfA(a.blockId)).toMatchObject({ kind: 'moved', aBlocks: [a.blockId], bBlocks: [b.blockId], score: 1 });
    expect(c.differences.filter((d) => d.kind === 'moved')).toHaveLength(1);
  });

  it('pairs the split paragraph with both of its pieces, and the merged paragraphs with their union', () => {
    const whole = blockOf(blocksA, lines[edition.split]!);
    const split = pairOfA(whole.blockId);
    expect(split).toMatchObject({ kind: 'same', shape: 'split', aBlocks: [whole.blockId] });
    expect(split.bBlocks).toHaveLength(2);

    const first = blockOf(blocksA, lines[edition.merged]!);
    const second = blockOf(blocksA, lines[edition.merged + 1]!);
    const union = blockOf(blocksB, lines[edition.merged]! + lines[edition.merged + 1]!);
    expect(pairOfA(first.blockId)).toMatchObject({ kind: 'same', shape: 'merged', aBlocks: [first.blockId, second.blockId], bBlocks: [union.blockId] });
  });

  it('shows the edited words as character changes inside their paragraph', () => {
    const a = blockOf(blocksA, lines[edition.edited]!);
    const pair = pairOfA(a.blockId);
    expect(pair).toMatchObject({ kind: 'changed', shape: 'one' });
    const edits = pair.diff!.filter((op) => op.op !== 'equal').map((op) => `${op.op === 'delete' ? '-' : '+'}${op.text}`);
    expect(edits).toEqual(['-有', '+求', '-名列前茅', '+位居前列']);
    expect(pair.score).toBeGreaterThan(0.95);
  });

  it('recognises renumbered headings, and the inserted section as added', () => {
    for (const h of edition.heads.slice(2)) {
      const pair = pairOfA(blockOf(blocksA, lines[h]!).blockId);
      expect(pair, lines[h]).toMatchObject({ kind: 'changed', renumbered: true });
    }
    expect(pairOfB(blockOf(blocksB, NEW_HEADING).blockId).kind).toBe('added');
    expect(pairOfB(blockOf(blocksB, NEW_PARAGRAPH).blockId).kind).toBe('added');
  });

  it('summarises: everything else is the same', () => {
    const renumbered = edition.heads.length - 2;
    expect(c.summary).toMatchObject({ moved: 1, split: 1, merged: 1, added: 2, removed: 0, renumbered, changed: renumbered + 1 });
    expect(c.summary.same).toBe(c.pairs.length - renumbered - 1 - 1 - 2);
  });
});
