import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import { queuePictureScan, scanAllOriginals } from '../../electron/core/images/scan-originals';
import type { Library } from '../../electron/core/open-library';
import { CAPTION_ONE, CAPTION_TWO, docxWithFigures, FIGURE_ONE, FIGURE_TWO } from '../helpers/figures';
import { closingLibraries } from '../helpers/library';

const libs = closingLibraries();

async function importDocx(lib: Library): Promise<number> {
  const [r] = await lib.call('importUploads', { files: [{ name: 'figures.docx', dataBase64: (await docxWithFigures()).toString('base64') }] });
  expect(r?.ok).toBe(true);
  return r!.docId!;
}

async function picturesOf(lib: Library, docId: number) {
  const images = await lib.call('documentImages', { docId });
  return Promise.all(
    images.map(async (i) => ({ caption: i.caption, placement: i.placement, bytes: (await lib.call('documentImage', { docId, seq: i.seq })).dataBase64 })),
  );
}

const expected = [
  { caption: CAPTION_ONE, placement: 'before', bytes: FIGURE_ONE.toString('base64') },
  { caption: CAPTION_TWO, placement: 'before', bytes: FIGURE_TWO.toString('base64') },
];

describe('pictures read again from kept originals', () => {
  it('a Word document stored before pictures were kept gains them from its original, at its captions', async () => {
    const lib = libs.temp();
    const docId = await importDocx(lib);
    // As a library from before migration 014 has it: no pictures, the document waiting to be scanned.
    lib.db.prepare('DELETE FROM doc_images').run();
    queuePictureScan(lib.db, docId);
    expect(await lib.call('documentImages', { docId })).toEqual([]);
    const heard: number[][] = [];
    lib.onEvent((e) => e.type === 'change' && heard.push(e.docIds));
    lib.catchUpExternal();
    await scanAllOriginals(lib);
    expect(await picturesOf(lib, docId)).toEqual(expected);
    expect(lib.db.prepare('SELECT count(*) FROM doc_images_pending').pluck().get()).toBe(0);
    // A window showing it is told, as of any change made outside its calls (it reloads the document).
    lib.catchUpExternal();
    expect(heard).toEqual([[docId]]);
    // Scanning again (queued twice) never doubles them.
    queuePictureScan(lib.db, docId);
    await scanAllOriginals(lib);
    expect(await lib.call('documentImages', { docId })).toHaveLength(2);
  });

  it('pictures read in the background are still reported when the window’s next call changes the library first', async () => {
    const lib = libs.temp();
    const docId = await importDocx(lib);
    lib.db.prepare('DELETE FROM doc_images').run();
    queuePictureScan(lib.db, docId);
    const heard: { method: string; docIds: number[] }[] = [];
    lib.catchUpExternal();
    lib.onEvent((e) => e.type === 'change' && heard.push({ method: e.method, docIds: e.docIds }));
    await scanAllOriginals(lib);
    // The window saves something (its reading place, a kind) before the two-second check comes round.
    await lib.call('setDocumentKind', { docId, kind: '规划' });
    lib.catchUpExternal();
    expect(heard).toEqual([
      { method: 'external', docIds: [docId] },
      { method: 'setDocumentKind', docIds: [docId] },
    ]);
  });

  it('an original that cannot be read any more is passed over, not tried again, and breaks nothing', async () => {
    const lib = libs.temp();
    const docId = await importDocx(lib);
    lib.db.prepare('DELETE FROM doc_images').run();
    const original = lib.db.prepare('SELECT bytes FROM originals WHERE doc_id = ?').pluck().get(docId) as Buffer;
    lib.db.prepare('UPDATE originals SET bytes = ? WHERE doc_id = ?').run(Buffer.concat([original.subarray(0, 200), Buffer.alloc(original.length - 200, 7)]), docId);
    queuePictureScan(lib.db, docId);
    await scanAllOriginals(lib);
    expect(await lib.call('documentImages', { docId })).toEqual([]);
    expect(lib.db.prepare('SELECT count(*) FROM doc_images_pending').pluck().get()).toBe(0);
    expect((await lib.call('getBlocks', { docId })).length).toBeGreaterThan(5);
  });

  it('a course pack’s Word document arrives with its pictures in the trainee’s library', async () => {
    const trainer = libs.temp();
    const docId = await importDocx(trainer);
    const caption = (await trainer.call('getBlocks', { docId })).find((b) => b.text === CAPTION_ONE)!;
    const { id: pathId } = await dispatch(trainer.handlers, 'createReadingPath', { title: '图示培训' });
    await dispatch(trainer.handlers, 'addReadingStop', { pathId, docId, blockId: caption.blockId, title: '空间结构' });
    const pack = await dispatch(trainer.handlers, 'createCoursePack', { pathIds: [pathId] });

    const trainee = libs.temp();
    const opened = await dispatch(trainee.handlers, 'openCoursePack', { dataBase64: pack.dataBase64 });
    const [added] = opened.documents.added;
    expect(added).toBeDefined();
    await scanAllOriginals(trainee);
    expect(await picturesOf(trainee, added!.docId)).toEqual(expected);
  });
});
