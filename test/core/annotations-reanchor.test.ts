import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { locateQuote } from '../../electron/core/annotations/locate-quote';
import { dispatch } from '../../electron/core/dispatch';
import type { Library } from '../../electron/core/open-library';
import type { Annotation } from '../../electron/shared/annotation-types';
import { closingLibraries, docIdByTitle } from '../helpers/library';
import { SEEDS, seedsDir, tempDir } from '../helpers/paths';
import { highlight, placeOf } from './annotations-helpers';

const { temp } = closingLibraries();

const metroText = fs.readFileSync(path.join(seedsDir, SEEDS.metroPlan), 'utf8');

/** Apply replacements, failing loudly if the seed no longer holds a passage the test relies on. */
function edit(text: string, edits: [string, string][]): string {
  return edits.reduce((t, [from, to]) => {
    expect(t.includes(from), `seed contains ${from}`).toBe(true);
    return t.replace(from, to);
  }, text);
}

const AIRPORT_PARAGRAPH = metroText.split(/\r?\n/).find((l) => l.startsWith('建设长沙航空枢纽。'))!;

// A new edition: a few words changed near some highlights, one passage removed, one paragraph added.
const EDITS: [string, string][] = [
  ['统筹区域内干线铁路', '统筹区域内国家干线铁路'],
  ['同城化、高品质的长株潭都市圈轨道交通网络', '同城化、高质量的长株潭都市圈轨道交通网络'],
  ['规划建设常益长与武广高铁直通线', '规划建设常益长与京广高铁直通线'],
  ['独一无二的城市绿心', '独具特色的城市绿心'],
  [`${AIRPORT_PARAGRAPH}\n`, ''],
  ['坚持绿色低碳。', '坚持安全发展。统筹发展和安全，守住安全底线。\n坚持绿色低碳。'],
];

const QUOTES = {
  reworded: '统筹区域内干线铁路、城际铁路、市域（郊）铁路、城市轨道交通布局，打造多层次、优衔接、同城化、高品质的长株潭都市圈轨道交通网络',
  contextChanged: '加快推动高铁与城际“零换乘”',
  removed: '推动机场空域资源扩容优化，进一步提升长沙机场高峰小时容量',
  shifted: '保护性开发长株潭生态绿心',
  shortAmbiguous: '绿心',
};

async function annotateOriginal(lib: Library, docId: number) {
  const made: Record<string, Annotation> = {};
  for (const [key, quote] of Object.entries(QUOTES)) {
    if (key === 'shortAmbiguous') continue;
    made[key] = await highlight(lib, docId, quote, { note: `注：${key}`, tags: [key] });
  }
  // “绿心” occurs many times; highlight the one in “独一无二的城市绿心”.
  const at = await placeOf(lib, docId, '独一无二的城市绿心');
  const offset = at.offset + '独一无二的城市'.length;
  made.shortAmbiguous = await dispatch(lib.handlers, 'createAnnotation', {
    docId,
    start: { blockId: at.blockId, offset },
    end: { blockId: at.blockId, offset: offset + 2 },
    color: 'green',
  });
  // Across two unchanged paragraphs.
  const from = await placeOf(lib, docId, '坚持协调发展。');
  const to = await placeOf(lib, docId, '坚持协同创新。');
  made.crossBlock = await dispatch(lib.handlers, 'createAnnotation', {
    docId,
    start: from,
    end: { blockId: to.blockId, offset: to.offset + '坚持协同创新。'.length },
    color: 'blue',
  });
  return made;
}

async function textAt(lib: Library, a: Annotation): Promise<string> {
  const blocks = await dispatch(lib.handlers, 'getBlocks', { docId: a.docId! });
  const i = blocks.findIndex((b) => b.blockId === a.start!.blockId);
  const j = blocks.findIndex((b) => b.blockId === a.end!.blockId);
  expect(i).toBeGreaterThanOrEqual(0);
  expect(j).toBeGreaterThanOrEqual(i);
  const joined = blocks.slice(i, j + 1).map((b) => b.text).join('\n');
  const endInJoined = joined.length - blocks[j]!.text.length + a.end!.offset;
  return joined.slice(a.start!.offset, endInJoined);
}

function checkNewEdition(byKey: Map<string, Annotation>) {
  expect(byKey.get('reworded')!.status).toBe('fuzzy');
  expect(byKey.get('reworded')!.quote).toContain('国家干线铁路');
  expect(byKey.get('reworded')!.quote).toContain('高质量的长株潭都市圈轨道交通网络');
  expect(byKey.get('contextChanged')).toMatchObject({ status: 'attached', quote: QUOTES.contextChanged });
  expect(byKey.get('shifted')).toMatchObject({ status: 'attached', quote: QUOTES.shifted });
  expect(byKey.get('crossBlock')!.status).toBe('attached');
  expect(byKey.get('removed')).toMatchObject({ status: 'detached', start: null, quote: QUOTES.removed, note: '注：removed' });
  expect(byKey.get('shortAmbiguous')).toMatchObject({ quote: '绿心' });
  expect(byKey.get('shortAmbiguous')!.status).not.toBe('detached');
}

describe('re-anchoring to a new edition', () => {
  it('moves annotations to an edited re-import: exact, fuzzy, or kept as detached, none lost', async () => {
    const lib = temp({ seeds: true });
    const oldId = docIdByTitle(lib, '都市圈发展规划');
    const made = await annotateOriginal(lib, oldId);

    const file = path.join(tempDir(), '长株潭都市圈发展规划（修订稿）.txt');
    fs.writeFileSync(file, edit(metroText, EDITS));
    const [imported] = await dispatch(lib.handlers, 'importPaths', { paths: [file] });
    expect(imported).toMatchObject({ ok: true });
    const newId = imported!.docId!;
    expect(newId).not.toBe(oldId);

    const report = await dispatch(lib.handlers, 'reanchorAnnotations', { fromDocId: oldId, toDocId: newId });
    expect(report).toEqual({ total: 6, exact: 4, fuzzy: 1, detached: 1 });

    const after = await dispatch(lib.handlers, 'listAnnotations', { docId: newId });
    expect(after.map((a) => a.uuid).sort()).toEqual(Object.values(made).map((a) => a.uuid).sort());
    expect(await dispatch(lib.handlers, 'listAnnotations', { docId: oldId })).toEqual([]);
    const byKey = new Map(Object.entries(made).map(([k, a]) => [k, after.find((x) => x.uuid === a.uuid)!]));
    checkNewEdition(byKey);

    // Every placed annotation stands exactly on its quote in the new text.
    for (const a of after.filter((x) => x.status !== 'detached')) expect(await textAt(lib, a)).toBe(a.quote);
    const green = byKey.get('shortAmbiguous')!;
    const block = (await dispatch(lib.handlers, 'getBlocks', { docId: newId })).find((b) => b.blockId === green.start!.blockId)!;
    expect(block.text.slice(green.start!.offset - 7, green.end!.offset)).toBe('独具特色的城市绿心');
    // Notes and tags travel along.
    expect(byKey.get('reworded')).toMatchObject({ note: '注：reworded', tags: ['reworded'] });
    // The detached one is listed in the library view too, never dropped.
    const detached = await dispatch(lib.handlers, 'listAnnotations', { status: ['detached'] });
    expect(detached.map((a) => a.uuid)).toEqual([made.removed!.uuid]);
  });

  it('re-places annotations by itself when a document’s text is replaced under the same id', async () => {
    const lib = temp({ seeds: true });
    const docId = docIdByTitle(lib, '都市圈发展规划');
    const made = await annotateOriginal(lib, docId);

    // What a “replace with new edition” import does: same document, new blocks.
    const blocks = await dispatch(lib.handlers, 'getBlocks', { docId });
    const editedTexts = edit(blocks.map((b) => b.text).join('\n') + '\n', EDITS).split('\n').filter((t) => t !== '');
    lib.db.transaction(() => {
      lib.db.prepare('DELETE FROM blocks WHERE doc_id = ?').run(docId);
      const insert = lib.db.prepare('INSERT INTO blocks (doc_id, seq, kind, level, text) VALUES (?, ?, ?, ?, ?)');
      editedTexts.forEach((text, seq) => {
        const old = blocks.find((b) => b.text === text);
        insert.run(docId, seq, old?.kind ?? 'paragraph', old?.level ?? 0, text);
      });
    })();

    // Written behind the core's back (as another process would): listing alone changes nothing, since
    // reads never write; the change log makes the library catch up (the desktop app and browser mode
    // look every two seconds), and the annotations stand at their new places.
    const stale = await dispatch(lib.handlers, 'listAnnotations', { docId });
    expect(stale.map((a) => a.start)).toEqual(stale.map(() => null));
    lib.catchUpExternal();
    const after = await dispatch(lib.handlers, 'listAnnotations', { docId });
    expect(after).toHaveLength(Object.keys(made).length);
    const byKey = new Map(Object.entries(made).map(([k, a]) => [k, after.find((x) => x.uuid === a.uuid)!]));
    checkNewEdition(byKey);
    for (const a of after.filter((x) => x.status !== 'detached')) expect(await textAt(lib, a)).toBe(a.quote);
  });

  it('rejects re-anchoring into a document that does not exist', async () => {
    const lib = temp({ seeds: true });
    await expect(dispatch(lib.handlers, 'reanchorAnnotations', { fromDocId: 1, toDocId: 999 })).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('locating a quote', () => {
  const text = '推进长株潭一体化。长株潭三市同城化。建设长株潭都市圈，打造全国重要增长极。';

  it('picks the occurrence whose context agrees', () => {
    const second = text.indexOf('长株潭', 10);
    const found = locateQuote(text, { quote: '长株潭', prefix: '同城化。建设', suffix: '都市圈，打造' });
    expect(found).toEqual({ start: second, end: second + 3, exact: true });
  });

  it('finds a reworded passage and refuses one that is gone', () => {
    const quote = '打造全国重要增长极';
    const edited = text.replace('全国重要增长极', '全国重要的增长极');
    const found = locateQuote(edited, { quote, prefix: '', suffix: '' })!;
    expect(found.exact).toBe(false);
    expect(edited.slice(found.start, found.end)).toBe('打造全国重要的增长极');
    expect(locateQuote(text, { quote: '实施长沙机场改扩建工程，高标准建设综合交通换乘中心', prefix: '', suffix: '' })).toBeNull();
    expect(locateQuote(text, { quote: '湘江', prefix: '建设', suffix: '都市圈' })).toBeNull();
  });

  it('places a long quote by its head and tail on a real text, quickly', () => {
    const quote = metroText.slice(5000, 7000);
    const edited = metroText.slice(0, 5500) + '（新增内容）' + metroText.slice(5500);
    const t0 = performance.now();
    const found = locateQuote(edited, { quote, prefix: '', suffix: '' })!;
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(found).toMatchObject({ start: 5000, exact: false });
    expect(edited.slice(found.start, found.end)).toBe(edited.slice(5000, 7006));
  });
});
