import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import type { Library } from '../../electron/core/open-library';
import { closingLibraries, docIdByTitle } from '../helpers/library';
import { SEEDS, seedsDir } from '../helpers/paths';
import { highlight } from './annotations-helpers';

const { temp } = closingLibraries();
function library(seeds = true): Library {
  return temp({ seeds });
}

async function packOf(lib: Library, filter = {}): Promise<string> {
  const file = await dispatch(lib.handlers, 'exportAnnotations', { format: 'json', filter });
  expect(file.mimeType).toBe('application/json');
  expect(file.fileName).toMatch(/^批注包-.*\.json$/);
  return Buffer.from(file.dataBase64, 'base64').toString('utf8');
}

describe('annotation packs (instructor → trainees)', () => {
  it('carries highlights to another library holding the same documents, without duplicates on re-import', async () => {
    const instructor = library();
    const metro = docIdByTitle(instructor, '都市圈发展规划');
    const plan = docIdByTitle(instructor, '网页转载');
    const a = await highlight(instructor, metro, '打造轨道上的长株潭', { color: 'yellow', note: '培训重点一', tags: ['培训'] });
    const b = await highlight(instructor, plan, '长株潭', { color: 'blue', note: '行动计划', tags: ['培训', '行动'] });
    const pack = await packOf(instructor);
    const parsed = JSON.parse(pack);
    expect(parsed.format).toBe('policy-reader-annotations');
    expect(parsed.documents.map((d: { title: string }) => d.title).sort()).toEqual(
      ['长株潭都市圈发展规划', '长株潭一体化发展五年行动计划（2021—2025年）（网页转载，不完整）'].sort(),
    );

    // The trainee imported the same files in another order, without the manifest: other ids, other titles.
    const trainee = library(false);
    const files = Object.values(SEEDS).reverse().map((f) => path.join(seedsDir, f));
    const imported = await dispatch(trainee.handlers, 'importPaths', { paths: files });
    const traineeMetro = imported.find((r) => r.file.endsWith(SEEDS.metroPlan))!.docId!;
    expect(traineeMetro).not.toBe(metro);
    const result = await dispatch(trainee.handlers, 'importAnnotationPack', { pack });
    expect(result).toEqual({ added: 2, updated: 0, unchanged: 0, detached: 0, missingDocuments: [] });
    const got = await dispatch(trainee.handlers, 'listAnnotations', {});
    expect(got.map((x) => x.uuid).sort()).toEqual([a.uuid, b.uuid].sort());
    const rail = got.find((x) => x.uuid === a.uuid)!;
    expect(rail).toMatchObject({ quote: '打造轨道上的长株潭', note: '培训重点一', tags: ['培训'], status: 'attached' });
    expect(rail.docId).toBe(traineeMetro);

    const again = await dispatch(trainee.handlers, 'importAnnotationPack', { pack });
    expect(again).toEqual({ added: 0, updated: 0, unchanged: 2, detached: 0, missingDocuments: [] });
    expect(await dispatch(trainee.handlers, 'listAnnotations', {})).toHaveLength(2);
  });

  it('takes the newer version of an annotation and keeps the trainee’s own annotations', async () => {
    const instructor = library();
    const metro = docIdByTitle(instructor, '都市圈发展规划');
    const a = await highlight(instructor, metro, '打造轨道上的长株潭', { note: '初稿' });
    const trainee = library();
    await dispatch(trainee.handlers, 'importAnnotationPack', { pack: await packOf(instructor) });
    const own = await highlight(trainee, docIdByTitle(trainee, '都市圈发展规划'), '建设长沙航空枢纽', { note: '我的笔记' });

    await new Promise((r) => setTimeout(r, 5));
    await dispatch(instructor.handlers, 'updateAnnotation', { uuid: a.uuid, note: '修订稿', color: 'red', tags: ['修订'] });
    const result = await dispatch(trainee.handlers, 'importAnnotationPack', { pack: await packOf(instructor) });
    expect(result).toMatchObject({ added: 0, updated: 1, unchanged: 0 });
    const list = await dispatch(trainee.handlers, 'listAnnotations', {});
    expect(list).toHaveLength(2);
    expect(list.find((x) => x.uuid === a.uuid)).toMatchObject({ note: '修订稿', color: 'red', tags: ['修订'] });
    expect(list.find((x) => x.uuid === own.uuid)).toMatchObject({ note: '我的笔记' });
  });

  it('keeps annotations of a document the library lacks, and attaches them once it is imported', async () => {
    const instructor = library();
    const a = await highlight(instructor, docIdByTitle(instructor, '都市圈发展规划'), '打造轨道上的长株潭', { note: '待导入' });
    const trainee = library(false);
    const result = await dispatch(trainee.handlers, 'importAnnotationPack', { pack: await packOf(instructor) });
    expect(result).toEqual({ added: 1, updated: 0, unchanged: 0, detached: 1, missingDocuments: ['长株潭都市圈发展规划'] });
    expect(await dispatch(trainee.handlers, 'listAnnotations', {})).toMatchObject([{ uuid: a.uuid, docId: null, status: 'detached' }]);

    // Same file, same content hash: found even under another title.
    const bytes = fs.readFileSync(path.join(seedsDir, SEEDS.metroPlan));
    const [imported] = await dispatch(trainee.handlers, 'importUploads', {
      files: [{ name: 'metro.txt', dataBase64: bytes.toString('base64') }],
    });
    const list = await dispatch(trainee.handlers, 'listAnnotations', {});
    expect(list).toMatchObject([{ uuid: a.uuid, docId: imported!.docId, status: 'attached', note: '待导入' }]);
  });

  it('refuses a file that is not a pack, changing nothing', async () => {
    const lib = library();
    await expect(dispatch(lib.handlers, 'importAnnotationPack', { pack: 'not json' })).rejects.toMatchObject({ code: 'bad_pack' });
    await expect(dispatch(lib.handlers, 'importAnnotationPack', { pack: '{"format":"x"}' })).rejects.toMatchObject({ code: 'bad_pack' });
    expect(await dispatch(lib.handlers, 'listAnnotations', {})).toEqual([]);
  });
});
