import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import type { Library } from '../../electron/core/open-library';
import { docIdByTitle, tempLibrary } from '../helpers/library';

let lib: Library | undefined;
afterEach(() => lib?.close());

describe('versions follow deletes and restores', () => {
  it('recomputes completeness when a copy goes to the bin, dissolves a work of one, and regroups on restore', async () => {
    lib = tempLibrary({ seeds: true });
    const handlers = lib.handlers;
    const pdf = docIdByTitle(lib, '报纸版面PDF提取');
    const paper = docIdByTitle(lib, '报纸电子版');
    const web = docIdByTitle(lib, '网页转载');
    const completenessOf = async (docId: number) =>
      Object.fromEntries((await dispatch(handlers, 'getVersions', { docId })).versions.map((v) => [v.docId, v.completeness]));
    const before = await completenessOf(paper);
    expect(Object.keys(before).map(Number).sort()).toEqual([pdf, paper, web].sort());

    // Without the web copy's beginning, the page copies hold (nearly) all that is known of the work.
    await dispatch(handlers, 'deleteDocument', { docId: web });
    const withoutWeb = await completenessOf(paper);
    expect(Object.keys(withoutWeb).map(Number).sort()).toEqual([pdf, paper].sort());
    expect(withoutWeb[paper]).toBeGreaterThan(before[paper]!);
    expect(withoutWeb[pdf]).toBeGreaterThan(before[pdf]!);

    await dispatch(handlers, 'deleteDocument', { docId: pdf });
    const alone = await dispatch(handlers, 'getVersions', { docId: paper });
    expect(alone.workId).toBeNull();
    expect(alone.versions).toEqual([expect.objectContaining({ docId: paper, completeness: 1 })]);

    await dispatch(handlers, 'restoreDocument', { docId: pdf });
    await dispatch(handlers, 'restoreDocument', { docId: web });
    expect(await completenessOf(web)).toEqual(before);
    const summaries = await dispatch(handlers, 'listDocuments', {});
    const workIds = new Set(summaries.filter((d) => [pdf, paper, web].includes(d.id)).map((d) => d.workId));
    expect(workIds.size).toBe(1);
    expect([...workIds][0]).not.toBeNull();
  });
});
