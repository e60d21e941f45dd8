import { describe, expect, it } from 'vitest';
import { chapterPathsOf, enclosingHeadings, headingAtOrBefore, headingRank, withoutTitle } from '../../electron/shared/chapter-path';
import { closingLibraries, docIdByTitle } from '../helpers/library';

const h = (level: number, text: string) => ({ kind: 'heading', level, text });
const p = (text: string) => ({ kind: 'paragraph', level: 0, text });

describe('the chapter path rule', () => {
  const blocks = [h(1, '第一章'), p('a'), h(2, '第一节'), p('b'), h(3, '一、'), p('c'), h(2, '第二节'), p('d'), h(1, '第二章'), p('e')];
  const texts = (path: { text: string }[]) => path.map((b) => b.text);

  it('gives the enclosing headings, outermost first, a heading included in its own path', () => {
    expect(chapterPathsOf(blocks).map(texts)).toEqual([
      ['第一章'],
      ['第一章'],
      ['第一章', '第一节'],
      ['第一章', '第一节'],
      ['第一章', '第一节', '一、'],
      ['第一章', '第一节', '一、'],
      ['第一章', '第二节'],
      ['第一章', '第二节'],
      ['第二章'],
      ['第二章'],
    ]);
  });

  it('walking back from one block gives the same path as the one-pass form', () => {
    const all = chapterPathsOf(blocks).map(texts);
    blocks.forEach((_, i) => expect(enclosingHeadings((j) => headingRank(blocks[j]!), i).map((j) => blocks[j]!.text)).toEqual(all[i]));
  });

  it('leaves out a heading that repeats the title where the path is shown beside it', () => {
    expect(withoutTitle(['长株潭都市圈发展规划', '第四章'], '长株潭都市圈发展规划')).toEqual(['第四章']);
  });

  describe('on the seeds', () => {
    const { temp } = closingLibraries();
    it('both forms agree on every block of every seed document', () => {
      const lib = temp({ seeds: true });
      const docId = docIdByTitle(lib, '都市圈发展规划');
      const rows = lib.db.prepare('SELECT kind, level, text FROM blocks WHERE doc_id = ? ORDER BY seq').all(docId) as { kind: string; level: number; text: string }[];
      const all = chapterPathsOf(rows).map(texts);
      expect(all.some((path) => path.length >= 2)).toBe(true);
      rows.forEach((_, i) => expect(enclosingHeadings((j) => headingRank(rows[j]!), i).map((j) => rows[j]!.text)).toEqual(all[i]));
    });
  });
});

describe('headingAtOrBefore', () => {
  it('finds the last heading at or before a block, or none', () => {
    const headings = [{ seq: 2 }, { seq: 5 }, { seq: 9 }];
    expect([0, 1, 2, 3, 5, 8, 9, 40].map((seq) => headingAtOrBefore(headings, seq))).toEqual([-1, -1, 0, 0, 1, 1, 2, 2]);
    expect(headingAtOrBefore([], 3)).toBe(-1);
  });
});
