import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPaths } from '../../electron/core/import/import-files';
import type { Library } from '../../electron/core/open-library';
import { bruteForceSearch } from '../../electron/core/search/brute-force';
import { dispatch } from '../../electron/core/dispatch';
import { corporaDir } from '../helpers/paths';
import { tempLibrary } from '../helpers/library';

// The index must agree with a scan of every block, for every kind of query: this generates many
// queries from the texts themselves and compares totals, per-document counts and the blocks found.

let lib: Library;

beforeAll(async () => {
  lib = tempLibrary({ seeds: true });
  const results = await importPaths(lib, [corporaDir]);
  expect(results.filter((r) => !r.ok)).toEqual([]);
}, 180_000);
afterAll(() => lib?.close());

/** A small deterministic generator, so a failure can be replayed. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function sampleTerms(count: number, seed: number, docFilter?: string): string[] {
  const random = prng(seed);
  const texts = lib.db
    .prepare(`SELECT b.text FROM blocks b JOIN documents d ON d.id = b.doc_id WHERE d.title LIKE ? ORDER BY b.id`)
    .pluck()
    .all(docFilter ?? '%') as string[];
  const terms: string[] = [];
  while (terms.length < count) {
    const text = texts[Math.floor(random() * texts.length)]!;
    const len = 1 + Math.floor(random() * 6);
    const at = Math.floor(random() * Math.max(1, text.length - len));
    const term = text.slice(at, at + len).trim();
    // Query syntax characters are tested separately; here a term is a literal piece of text.
    if (term && !/[\s"＂]/.test(term) && !/^[-－]/.test(term)) terms.push(term);
  }
  return terms;
}

async function expectSameAsScan(query: string, scope: { docId?: number; workId?: number } = {}) {
  const expected = bruteForceSearch(lib.db, query, scope);
  const result = await dispatch(lib.handlers, 'search', { query, ...scope, limit: 1000 });
  const expectedIds = new Set(expected.blockIds);
  expect(result.total, `total for ${query}`).toBe(expected.total);
  for (const hit of result.hits) expect(expectedIds.has(hit.blockId), `hit ${hit.blockId} for ${query}`).toBe(true);
  if (expected.total <= 1000) expect(result.hits.map((h) => h.blockId).sort((a, b) => a - b)).toEqual(expected.blockIds);
  else expect(result.hits).toHaveLength(1000);
  expect(result.docs.reduce((n, d) => n + d.count, 0)).toBe(expected.total);
  for (const hit of result.hits) expect(hit.path, `chapter path of ${hit.blockId}`).toEqual(pathsByScan(hit.docId).get(hit.blockId));
  return { result, expected };
}

const scannedPaths = new Map<number, Map<number, string[]>>();

/** Every block's chapter path, from one pass over the document keeping the open headings. */
function pathsByScan(docId: number): Map<number, string[]> {
  let paths = scannedPaths.get(docId);
  if (paths) return paths;
  paths = new Map();
  const open: { level: number; text: string }[] = [];
  const blocks = lib.db.prepare('SELECT id, kind, level, text FROM blocks WHERE doc_id = ? ORDER BY seq').all(docId) as { id: number; kind: string; level: number; text: string }[];
  for (const b of blocks) {
    const heading = b.kind === 'heading';
    if (heading) while (open.length > 0 && open.at(-1)!.level >= Math.max(1, b.level)) open.pop();
    paths.set(b.id, open.map((h) => h.text));
    if (heading) open.push({ level: Math.max(1, b.level), text: b.text });
  }
  scannedPaths.set(docId, paths);
  return paths;
}

describe('search equals a brute-force scan', () => {
  it('for single terms of 1 to 6 characters cut from the texts', async () => {
    for (const term of sampleTerms(400, 1)) await expectSameAsScan(term);
  }, 300_000);

  it('for terms absent from the library', async () => {
    for (const term of ['长株潭都市圈量子', '𠀀', 'zzqx', '绿心绿心绿心', 'PM2.6', '十同十同']) {
      const { result } = await expectSameAsScan(term);
      expect(result.total, term).toBe(0);
    }
  }, 120_000);

  it('for several terms, phrases and exclusions', async () => {
    const terms = sampleTerms(240, 2);
    for (let i = 0; i + 2 < terms.length; i += 3) {
      const [a, b, c] = [terms[i]!, terms[i + 1]!, terms[i + 2]!];
      await expectSameAsScan(`${a} ${b}`);
      await expectSameAsScan(`${a} -${b}`);
      await expectSameAsScan(`"${a} ${c}"`);
      await expectSameAsScan(`${a}${b} -${c} ${c.slice(0, 1)}`);
    }
  }, 300_000);

  it('for mixed Latin, digits and symbols, in any width or case', async () => {
    for (const q of ['PM2.5', 'ｐｍ２．５', 'R&D', 'r＆d', '5G', '５ｇ', 'GDP', 'gdp', '“十同”', '2020', '%', '·', 'CPI 3%']) await expectSameAsScan(q);
  }, 120_000);

  it('for Han terms in texts written with radicals, compatibility and enclosed forms', async () => {
    // Characters that normalise into Han ones (⼀ Kangxi radical, U+F91D compatibility ideograph of 欄, ㈠, ㍻, 🈚):
    // a block holding them may hold a term only once normalised, which the check on the raw text misses.
    const text = [
      '⼀体化发展⽰范区建设方案',
      '㈠总则：推进⼀体化。',
      '平成㍻年间的旧制度与\uf91d杆。',
      '🈚条件支持一体化发展。',
      '一体化发展的主要目标。',
    ].join('\n\n');
    const [imported] = await dispatch(lib.handlers, 'importUploads', { files: [{ name: '异体字测试.txt', dataBase64: Buffer.from(text).toString('base64') }] });
    expect(imported!.ok).toBe(true);
    const docId = imported!.docId!;
    for (const q of ['一体化', '体化发', '示范区', '(一)总则', '一)总', '平成年', '欄杆', '無条件', '一体化 -总则', '发展 -一体化', '目标 -示范区建']) {
      const { result } = await expectSameAsScan(q, { docId });
      if (['一体化', '示范区', '欄杆', '無条件'].includes(q)) expect(result.total, q).toBeGreaterThan(0);
    }
  }, 120_000);

  it('within a document and within a version group', async () => {
    const docs = lib.db.prepare('SELECT id, work_id FROM documents WHERE deleted_at IS NULL ORDER BY id').all() as { id: number; work_id: number | null }[];
    const terms = sampleTerms(30, 3);
    for (const [i, term] of terms.entries()) {
      const doc = docs[(i * 7) % docs.length]!;
      await expectSameAsScan(term, { docId: doc.id });
      if (doc.work_id !== null) await expectSameAsScan(term, { workId: doc.work_id });
    }
  }, 120_000);
});
