import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alignDocuments } from '../../electron/core/compare/align-documents';
import { dispatch } from '../../electron/core/dispatch';
import type { Library } from '../../electron/core/open-library';
import type { AlignedPair, Comparison } from '../../electron/shared/compare-types';
import type { Block } from '../../electron/shared/types';
import { docIdByTitle, tempLibrary } from '../helpers/library';
import { SEEDS, seedsDir } from '../helpers/paths';

// The three publications of the 五年行动计划 in the seeds differ in wording in these places.
const WORDING = [
  { a: '全方位', b: '无缝', before: '规划内容', after: '对接' },
  { a: '一', b: '两', before: '凸显“', after: '江两岸' },
  { a: '为', b: '兴', before: '实施创新同', after: '行动' },
];

const squash = (s: string) => s.replace(/[\s\u3000]+/g, '');

/** A seed as the roughest import would store it: every line of the file its own block. */
function linesAsBlocks(file: string, firstId: number): Block[] {
  return fs
    .readFileSync(path.join(seedsDir, file), 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .map((text, i) => ({ blockId: firstId + i, kind: 'paragraph' as const, level: 0, text }));
}

/** The changed pair whose inline diff turns `a` into `b` between the given context. */
function wordingChange(c: Comparison, w: (typeof WORDING)[number]): AlignedPair | undefined {
  return c.pairs.find((p) =>
    (p.diff ?? []).some((op, k, ops) => {
      const next = ops[k + 1];
      const after = ops[k + 2];
      const prev = ops[k - 1];
      return (
        op.op === 'delete' && squash(op.text) === w.a &&
        next?.op === 'insert' && squash(next.text) === w.b &&
        prev?.op === 'equal' && squash(prev.text).endsWith(w.before) &&
        after?.op === 'equal' && squash(after.text).startsWith(w.after)
      );
    }),
  );
}

describe('aligning the seed publications of the 五年行动计划', () => {
  let lib: Library;
  let pdf: number;
  let paper: number;
  let web: number;
  const blocks = new Map<number, Block[]>();
  const textOf = (docId: number, blockId: number) => blocks.get(docId)!.find((b) => b.blockId === blockId)!.text;

  beforeAll(async () => {
    lib = tempLibrary({ seeds: true });
    pdf = docIdByTitle(lib, 'PDF提取');
    paper = docIdByTitle(lib, '报纸电子版');
    web = docIdByTitle(lib, '网页转载');
    for (const id of [pdf, paper, web]) blocks.set(id, await dispatch(lib.handlers, 'getBlocks', { docId: id }));
  });
  afterAll(() => lib.close());

  it('finds every wording difference between the PDF extraction and the digital edition, as a changed pair with the right inline diff', async () => {
    const c = await dispatch(lib.handlers, 'compareDocuments', { a: pdf, b: paper });
    for (const w of WORDING) {
      const pair = wordingChange(c, w);
      expect(pair, `${w.before}${w.a}${w.after} → ${w.before}${w.b}${w.after}`).toBeDefined();
      expect(pair!.kind).toBe('changed');
      // The marks point at exactly the changed characters of the stored texts.
      expect(pair!.aMarks!.map((m) => textOf(pdf, m.blockId).slice(m.start, m.end))).toContain(w.a);
      expect(pair!.bMarks!.map((m) => textOf(paper, m.blockId).slice(m.start, m.end))).toContain(w.b);
      // ... and the list of differences has it, at the same place, to step to.
      const diff = c.differences.find((d) => d.kind === 'change' && squash(d.aText) === w.a && squash(d.bText) === w.b && c.pairs[d.pairIndex] === pair);
      expect(diff).toBeDefined();
      expect(textOf(pdf, diff!.aAt!.blockId).slice(diff!.aAt!.start, diff!.aAt!.end)).toBe(w.a);
    }
    // Two publications of one page: nearly everything pairs up, nothing is lost.
    expect(c.summary.similarity).toBeGreaterThan(0.95);
    expect(c.summary.same + c.summary.changed).toBeGreaterThan(40);
    const paired = c.pairs.filter((p) => p.kind === 'same' || p.kind === 'changed');
    expect(paired.reduce((n, p) => n + p.bBlocks.length, 0)).toBeGreaterThan(blocks.get(paper)!.length * 0.9);
  });

  it('ignores spacing and punctuation width: text that differs only in those is the same', async () => {
    const c = await dispatch(lib.handlers, 'compareDocuments', { a: pdf, b: paper });
    const same = c.pairs.filter((p) => p.kind === 'same');
    expect(same.length).toBeGreaterThan(20);
    const fullWidthVsHalf = same.find((p) => p.aBlocks.some((id) => /[，；（]/.test(textOf(pdf, id))) && p.bBlocks.some((id) => /[,;(]/.test(textOf(paper, id))));
    expect(fullWidthVsHalf).toBeDefined();
    expect(fullWidthVsHalf!.diff).toBeUndefined();
  });

  it('marks the part the partial web copy does not have as missing (added), not as mismatched', async () => {
    const c = await dispatch(lib.handlers, 'compareDocuments', { a: web, b: paper });
    for (const w of WORDING.slice(0, 2)) expect(wordingChange(c, w), w.a).toBeDefined();

    const webBlocks = blocks.get(web)!;
    const paperBlocks = blocks.get(paper)!;
    // The copy breaks off in 二、(二) at 国家综合物流枢纽和; the digital edition goes on from there.
    const lastWeb = [...webBlocks].reverse().find((b) => squash(b.text).includes('国家综合物流枢纽和'))!;
    expect(lastWeb).toBeDefined();
    const cutPair = c.pairs.find((p) => p.aBlocks.includes(lastWeb.blockId))!;
    expect(cutPair).toMatchObject({ kind: 'changed', cutOff: 'a' });
    expect(cutPair.diff!.at(-1)!.op).toBe('insert');
    const cutAt = Math.max(...cutPair.bBlocks.map((id) => paperBlocks.findIndex((b) => b.blockId === id)));
    const missing = paperBlocks.slice(cutAt + 1);
    expect(missing.length).toBeGreaterThan(30);
    for (const b of missing) {
      const pair = c.pairs.find((p) => p.bBlocks.includes(b.blockId))!;
      expect(pair.kind, b.text.slice(0, 30)).toBe('added');
      expect(pair.aBlocks).toEqual([]);
    }
    // The part both have is paired block for block; the web copy's lead and 一、总体要求 exist only there.
    const plan = webBlocks.findIndex((b) => squash(b.text).startsWith('(二)行动目标') || squash(b.text).startsWith('（二）行动目标'));
    expect(plan).toBeGreaterThan(0);
    for (const b of webBlocks.slice(plan)) {
      const pair = c.pairs.find((p) => p.aBlocks.includes(b.blockId))!;
      expect(['same', 'changed'], b.text.slice(0, 30)).toContain(pair.kind);
    }
    for (const b of webBlocks.slice(0, plan)) {
      const pair = c.pairs.find((p) => p.aBlocks.includes(b.blockId))!;
      expect(pair.kind, b.text.slice(0, 30)).toBe('removed');
    }
    expect(c.summary.changed).toBeLessThan(10);
    expect(c.summary.added).toBe(c.pairs.filter((p) => p.kind === 'added').length);
  });

  it('lists pairs in reading order of both documents', async () => {
    const c = await dispatch(lib.handlers, 'compareDocuments', { a: web, b: pdf });
    const order = (docId: number) => new Map(blocks.get(docId)!.map((b, i) => [b.blockId, i]));
    const inA = order(web);
    const inB = order(pdf);
    const aSeq = c.pairs.filter((p) => p.kind !== 'moved' && p.a !== null).map((p) => inA.get(p.a!)!);
    const bSeq = c.pairs.filter((p) => p.b !== null).map((p) => inB.get(p.b!)!);
    expect(aSeq).toEqual([...aSeq].sort((x, y) => x - y));
    expect(bSeq).toEqual([...bSeq].sort((x, y) => x - y));
    // Every block of both documents appears in exactly one pair.
    expect(c.pairs.flatMap((p) => p.aBlocks).sort()).toEqual(blocks.get(web)!.map((b) => b.blockId).sort());
    expect(c.pairs.flatMap((p) => p.bBlocks).sort()).toEqual(blocks.get(pdf)!.map((b) => b.blockId).sort());
  });

  it('works as well on raw extraction lines (a PDF line per block, spaced-out characters, page furniture)', () => {
    const rough = linesAsBlocks(SEEDS.pdfActionPlan, 1);
    const clean = linesAsBlocks(SEEDS.newspaperActionPlan, 100_000);
    expect(rough.length).toBeGreaterThan(clean.length * 5);
    const { pairs, summary } = alignDocuments(rough, clean);
    const c = { pairs } as Comparison;
    for (const w of WORDING) expect(wordingChange(c, w), w.a).toBeDefined();
    // Many PDF lines make one paragraph of the digital edition, unchanged apart from spacing.
    expect(summary.merged).toBeGreaterThan(30);
    expect(pairs.some((p) => p.kind === 'same' && p.aBlocks.length >= 5 && p.bBlocks.length === 1)).toBe(true);
    expect(summary.similarity).toBeGreaterThan(0.95);
  });

  it('refuses a document that does not exist with a clear error', async () => {
    await expect(dispatch(lib.handlers, 'compareDocuments', { a: pdf, b: 9999 })).rejects.toThrow(/No document with id 9999/);
  });
});
