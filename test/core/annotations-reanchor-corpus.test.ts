import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import type { Library } from '../../electron/core/open-library';
import type { Annotation } from '../../electron/shared/annotation-types';
import type { Block } from '../../electron/shared/types';
import { tempLibrary } from '../helpers/library';
import { corporaDir } from '../helpers/paths';

// A new edition of a real report, made by the test: one character changed inside some highlights,
// whole paragraphs removed under others, the rest untouched but shifted. Every annotation must end
// up exactly where its (possibly edited) quote now is, or detached when its paragraph is gone.

const FILE = path.join(corporaDir, 'cpc-congress-reports', '决胜全面建成小康社会_夺取新时代中国特色社会主义伟大胜利_(十九大).txt');
const QUOTE_LENGTH = 24;

/** Deterministic pseudo-random numbers, so a failure can be reproduced. */
function random(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

const count = (text: string, part: string) => text.split(part).length - 1;

type Plan = { quote: string; fate: 'kept' | 'reworded' | 'removed'; expected: string | null; annotation?: Annotation };

let lib: Library;
let source: string;
let blocks: Block[];
const plans: Plan[] = [];

beforeAll(async () => {
  lib = tempLibrary();
  source = fs.readFileSync(FILE, 'utf8');
  const [first] = await dispatch(lib.handlers, 'importUploads', {
    files: [{ name: '十九大报告.txt', dataBase64: Buffer.from(source).toString('base64') }],
  });
  const docId = first!.docId!;
  blocks = await dispatch(lib.handlers, 'getBlocks', { docId });
  const next = random(19);
  const paragraphs = blocks.filter((b) => b.kind === 'paragraph' && b.text.length > 3 * QUOTE_LENGTH);
  const used = new Set<number>();
  let edited = source;
  while (plans.length < 36) {
    const block = paragraphs[Math.floor(next() * paragraphs.length)]!;
    if (used.has(block.blockId)) continue;
    const offset = Math.floor(next() * (block.text.length - QUOTE_LENGTH));
    const quote = block.text.slice(offset, offset + QUOTE_LENGTH);
    // Only passages that occur once, in the source as read, so the truth is unambiguous.
    if (count(source, quote) !== 1 || count(source, block.text) !== 1 || /\s/.test(quote)) continue;
    used.add(block.blockId);
    const fate = (['kept', 'reworded', 'removed'] as const)[plans.length % 3]!;
    let expected: string | null = quote;
    if (fate === 'reworded') {
      const i = QUOTE_LENGTH >> 1;
      expected = quote.slice(0, i) + (quote[i] === '新' ? '旧' : '新') + quote.slice(i + 1);
      edited = edited.replace(quote, expected);
    } else if (fate === 'removed') {
      expected = null;
      edited = edited.replace(block.text, '');
    }
    const annotation = await dispatch(lib.handlers, 'createAnnotation', {
      docId,
      start: { blockId: block.blockId, offset },
      end: { blockId: block.blockId, offset: offset + QUOTE_LENGTH },
      note: `${fate} ${plans.length}`,
    });
    plans.push({ quote, fate, expected, annotation });
  }
  const [second] = await dispatch(lib.handlers, 'importUploads', {
    files: [{ name: '十九大报告（新版）.txt', dataBase64: Buffer.from(edited).toString('base64') }],
  });
  const t0 = performance.now();
  const report = await dispatch(lib.handlers, 'reanchorAnnotations', { fromDocId: docId, toDocId: second!.docId! });
  console.log(`re-anchored ${report.total} annotations on a ${source.length}-character report in ${(performance.now() - t0).toFixed(0)} ms`);
  blocks = await dispatch(lib.handlers, 'getBlocks', { docId: second!.docId! });
});
afterAll(() => lib.close());

function textAt(a: Annotation): string {
  const block = blocks.find((b) => b.blockId === a.start!.blockId)!;
  expect(a.start!.blockId).toBe(a.end!.blockId);
  return block.text.slice(a.start!.offset, a.end!.offset);
}

describe('re-anchoring on a real report with generated edits', () => {
  it('keeps untouched highlights exactly', async () => {
    const list = await dispatch(lib.handlers, 'listAnnotations', {});
    for (const plan of plans.filter((p) => p.fate === 'kept')) {
      const a = list.find((x) => x.uuid === plan.annotation!.uuid)!;
      expect(a.status).toBe('attached');
      expect(textAt(a)).toBe(plan.quote);
    }
  });

  it('follows a changed character inside a highlight, marking it as approximate', async () => {
    const list = await dispatch(lib.handlers, 'listAnnotations', {});
    for (const plan of plans.filter((p) => p.fate === 'reworded')) {
      const a = list.find((x) => x.uuid === plan.annotation!.uuid)!;
      expect(a.status, plan.quote).toBe('fuzzy');
      expect(textAt(a)).toBe(plan.expected);
      expect(a.quote).toBe(plan.expected);
    }
  });

  it('keeps highlights whose paragraph was removed, detached with their quote and note', async () => {
    const list = await dispatch(lib.handlers, 'listAnnotations', {});
    expect(list).toHaveLength(plans.length);
    for (const plan of plans.filter((p) => p.fate === 'removed')) {
      const a = list.find((x) => x.uuid === plan.annotation!.uuid)!;
      expect(a).toMatchObject({ status: 'detached', quote: plan.quote, note: plan.annotation!.note, start: null });
    }
  });
});
