import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import type { Library } from '../../electron/core/open-library';
import { closingLibraries, docIdByTitle } from '../helpers/library';
import { seedsDir } from '../helpers/paths';
import { highlight, placeOf } from './annotations-helpers';
import path from 'node:path';

const { temp } = closingLibraries();
function seeded(): Library {
  return temp({ seeds: true });
}

const RAIL = '打造轨道上的长株潭';
const AIRPORT = '实施长沙机场改扩建工程';

describe('creating annotations', () => {
  it('highlights a phrase with its quote, context, chapter path and defaults', async () => {
    const lib = seeded();
    const docId = docIdByTitle(lib, '都市圈发展规划');
    const a = await highlight(lib, docId, RAIL, { note: '轨道交通是重点', tags: ['交通', '同城化'] });
    expect(a).toMatchObject({ docId, quote: RAIL, color: 'yellow', style: 'highlight', status: 'attached', note: '轨道交通是重点' });
    expect(a.tags).toEqual(['交通', '同城化']);
    expect(a.suffix.startsWith('。编制长株潭都市圈多层次轨道交通规划')).toBe(true);
    expect(a.chapterPath.some((h) => h.startsWith('第四章'))).toBe(true);
    expect(a.chapterPath.at(-1)).toMatch(/^第一节构建一体化综合交通网络/);
    expect(a.uuid).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('spans paragraphs: from the middle of one block to the middle of a later one', async () => {
    const lib = seeded();
    const docId = docIdByTitle(lib, '都市圈发展规划');
    const start = await placeOf(lib, docId, '完善提升道路运输网');
    const end = await placeOf(lib, docId, AIRPORT);
    const a = await dispatch(lib.handlers, 'createAnnotation', {
      docId,
      start,
      end: { blockId: end.blockId, offset: end.offset + AIRPORT.length },
      color: 'blue',
    });
    expect(a.start).toEqual(start);
    expect(a.end!.blockId).toBe(end.blockId);
    const lines = a.quote.split('\n');
    expect(lines[0]!.startsWith('完善提升道路运输网')).toBe(true);
    expect(lines.at(-1)!.endsWith(AIRPORT)).toBe(true);
    expect(lines.length).toBeGreaterThanOrEqual(2);
  });

  it('accepts a selection made backwards and a selection ending at the start of the next block', async () => {
    const lib = seeded();
    const docId = docIdByTitle(lib, '都市圈发展规划');
    const blocks = await dispatch(lib.handlers, 'getBlocks', { docId });
    const i = blocks.findIndex((b) => b.text.startsWith('完善提升道路运输网'));
    const [p, next] = [blocks[i]!, blocks[i + 1]!];
    const a = await dispatch(lib.handlers, 'createAnnotation', {
      docId,
      start: { blockId: next.blockId, offset: 0 },
      end: { blockId: p.blockId, offset: 0 },
    });
    // The whole paragraph, without a dangling empty piece of the next one.
    expect(a.quote).toBe(p.text);
    expect(a.end).toEqual({ blockId: p.blockId, offset: p.text.length });
  });

  it('rejects selections that are empty or outside the document, with clear errors', async () => {
    const lib = seeded();
    const docId = docIdByTitle(lib, '都市圈发展规划');
    const other = docIdByTitle(lib, '湘潭市推进');
    const at = await placeOf(lib, docId, RAIL);
    await expect(dispatch(lib.handlers, 'createAnnotation', { docId, start: at, end: at })).rejects.toMatchObject({ code: 'empty_selection' });
    const foreign = await placeOf(lib, other, '湘潭');
    await expect(dispatch(lib.handlers, 'createAnnotation', { docId, start: at, end: foreign })).rejects.toMatchObject({ code: 'bad_anchor' });
    await expect(
      dispatch(lib.handlers, 'createAnnotation', { docId, start: at, end: { blockId: at.blockId, offset: 100_000 } }),
    ).rejects.toMatchObject({ code: 'bad_anchor' });
    await expect(dispatch(lib.handlers, 'createAnnotation', { docId, start: at, end: at, color: 'pink' })).rejects.toMatchObject({
      code: 'bad_arguments',
    });
    await expect(dispatch(lib.handlers, 'listAnnotations', {})).resolves.toEqual([]);
  });
});

describe('editing', () => {
  it('recolours, changes style, note and tags; delete and undo', async () => {
    const lib = seeded();
    const docId = docIdByTitle(lib, '都市圈发展规划');
    const a = await highlight(lib, docId, RAIL, { tags: ['交通'] });
    const b = await dispatch(lib.handlers, 'updateAnnotation', { uuid: a.uuid, color: 'red', style: 'underline', note: '需核实', tags: ['轨道', '存疑'] });
    expect(b).toMatchObject({ color: 'red', style: 'underline', note: '需核实', tags: ['轨道', '存疑'], quote: RAIL });
    expect(await dispatch(lib.handlers, 'listAnnotationTags', {})).toEqual([
      { name: '存疑', count: 1 },
      { name: '轨道', count: 1 },
    ]);

    const deleted = await dispatch(lib.handlers, 'deleteAnnotation', { uuid: a.uuid });
    expect(deleted.note).toBe('需核实');
    expect(await dispatch(lib.handlers, 'listAnnotations', { docId })).toEqual([]);
    expect(await dispatch(lib.handlers, 'listAnnotationTags', {})).toEqual([]);
    const restored = await dispatch(lib.handlers, 'restoreAnnotation', { uuid: a.uuid });
    expect(restored).toMatchObject({ uuid: a.uuid, note: '需核实', tags: ['轨道', '存疑'], start: a.start, end: a.end });
    expect(await dispatch(lib.handlers, 'listAnnotations', { docId })).toHaveLength(1);
    await expect(dispatch(lib.handlers, 'updateAnnotation', { uuid: 'no-such-annotation', note: 'x' })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('lets the user rename what each colour means', async () => {
    const lib = seeded();
    const colors = await dispatch(lib.handlers, 'getAnnotationColors', {});
    expect(colors.map((c) => c.meaning)).toEqual(['重点', '目标', '任务', '存疑', '引用']);
    const after = await dispatch(lib.handlers, 'setColorMeaning', { color: 'green', meaning: '考核指标' });
    expect(after.find((c) => c.color === 'green')!.meaning).toBe('考核指标');
    await expect(dispatch(lib.handlers, 'setColorMeaning', { color: 'green', meaning: '  ' })).rejects.toMatchObject({ code: 'bad_arguments' });
  });
});

describe('listing', () => {
  it('filters by document, colour, tag and text, in reading order', async () => {
    const lib = seeded();
    const metro = docIdByTitle(lib, '都市圈发展规划');
    const xiangtan = docIdByTitle(lib, '湘潭市推进');
    const airport = await highlight(lib, metro, AIRPORT, { color: 'green', tags: ['交通'] });
    const rail = await highlight(lib, metro, RAIL, { color: 'yellow', tags: ['交通', '轨道'], note: '多层次轨道' });
    const city = await highlight(lib, xiangtan, '湘潭', { color: 'red', tags: ['湘潭'] });
    const uuids = (list: { uuid: string }[]) => list.map((a) => a.uuid);

    expect(uuids(await dispatch(lib.handlers, 'listAnnotations', { docId: metro }))).toEqual([rail.uuid, airport.uuid]);
    expect(uuids(await dispatch(lib.handlers, 'listAnnotations', {}))).toEqual([rail.uuid, airport.uuid, city.uuid]);
    expect(uuids(await dispatch(lib.handlers, 'listAnnotations', { colors: ['green', 'red'] }))).toEqual([airport.uuid, city.uuid]);
    expect(uuids(await dispatch(lib.handlers, 'listAnnotations', { tags: ['轨道'] }))).toEqual([rail.uuid]);
    expect(uuids(await dispatch(lib.handlers, 'listAnnotations', { text: '多层次' }))).toEqual([rail.uuid]);
    expect(uuids(await dispatch(lib.handlers, 'listAnnotations', { text: '机场' }))).toEqual([airport.uuid]);
    expect(uuids(await dispatch(lib.handlers, 'listAnnotations', { text: '100%_' }))).toEqual([]);
  });
});

describe('data safety', () => {
  it('keeps annotations when their document is deleted, and re-attaches them when it is imported again', async () => {
    const lib = seeded();
    const docId = docIdByTitle(lib, '都市圈发展规划');
    const a = await highlight(lib, docId, RAIL, { note: '保留' });
    lib.db.prepare('DELETE FROM documents WHERE id = ?').run(docId);

    const orphaned = await dispatch(lib.handlers, 'listAnnotations', {});
    expect(orphaned).toHaveLength(1);
    expect(orphaned[0]).toMatchObject({ uuid: a.uuid, docId: null, docTitle: '长株潭都市圈发展规划', status: 'detached', note: '保留', quote: RAIL });

    const [again] = await dispatch(lib.handlers, 'importPaths', { paths: [path.join(seedsDir, '001_dfdf75a015612ed5.txt')] });
    const back = await dispatch(lib.handlers, 'listAnnotations', { docId: again!.docId });
    expect(back).toHaveLength(1);
    expect(back[0]).toMatchObject({ uuid: a.uuid, status: 'attached', quote: RAIL, note: '保留' });
    const blocks = await dispatch(lib.handlers, 'getBlocks', { docId: again!.docId! });
    const block = blocks.find((b) => b.blockId === back[0]!.start!.blockId)!;
    expect(block.text.slice(back[0]!.start!.offset, back[0]!.end!.offset)).toBe(RAIL);
  });

  it('brings annotations of a document in the trash to the same text imported again', async () => {
    const lib = seeded();
    const docId = docIdByTitle(lib, '都市圈发展规划');
    const a = await highlight(lib, docId, RAIL, { note: '回收站' });
    lib.db.prepare("UPDATE documents SET deleted_at = '2026-01-01T00:00:00.000Z' WHERE id = ?").run(docId);
    expect(await dispatch(lib.handlers, 'listAnnotations', {})).toEqual([]);

    const [again] = await dispatch(lib.handlers, 'importPaths', { paths: [path.join(seedsDir, '001_dfdf75a015612ed5.txt')] });
    expect(again!.docId).not.toBe(docId);
    const back = await dispatch(lib.handlers, 'listAnnotations', {});
    expect(back).toMatchObject([{ uuid: a.uuid, docId: again!.docId, status: 'attached', note: '回收站', quote: RAIL }]);
  });
});
