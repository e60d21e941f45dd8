import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import type { Library } from '../../electron/core/open-library';
import { docIdByTitle, tempLibrary } from '../helpers/library';

const open: Library[] = [];
function library(): Library {
  const lib = tempLibrary({ seeds: true });
  open.push(lib);
  return lib;
}
afterEach(() => open.splice(0).forEach((l) => l.close()));

describe('renaming and editing metadata', () => {
  it('changes only the fields given and trims them', async () => {
    const lib = library();
    const docId = docIdByTitle(lib, '长株潭都市圈发展规划');
    const updated = await dispatch(lib.handlers, 'updateDocument', { docId, title: '  长株潭都市圈规划（2022）  ', kind: '规划' });
    expect(updated.title).toBe('长株潭都市圈规划（2022）');
    expect(updated.kind).toBe('规划');
    expect(updated.docNumber).toBe('湘政发〔2022〕6号');
    const listed = (await dispatch(lib.handlers, 'listDocuments', {})).find((d) => d.id === docId)!;
    expect(listed.title).toBe('长株潭都市圈规划（2022）');
  });

  it('clears a field given as empty text and refuses an empty title or a malformed date', async () => {
    const lib = library();
    const docId = docIdByTitle(lib, '长株潭都市圈发展规划');
    expect((await dispatch(lib.handlers, 'updateDocument', { docId, docNumber: '' })).docNumber).toBeNull();
    await expect(dispatch(lib.handlers, 'updateDocument', { docId, title: '   ' })).rejects.toMatchObject({ code: 'bad_arguments' });
    await expect(dispatch(lib.handlers, 'updateDocument', { docId, issuedOn: '2022年3月' })).rejects.toMatchObject({ code: 'bad_arguments' });
    expect((await dispatch(lib.handlers, 'updateDocument', { docId, issuedOn: '2022-03' })).issuedOn).toBe('2022-03');
    await expect(dispatch(lib.handlers, 'updateDocument', { docId: 9999, title: 'x' })).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('delete with undo', () => {
  it('hides a deleted document everywhere until it is restored, text intact', async () => {
    const lib = library();
    const docId = docIdByTitle(lib, '长株潭都市圈发展规划');
    const blocksBefore = await dispatch(lib.handlers, 'getBlocks', { docId });
    const deleted = await dispatch(lib.handlers, 'deleteDocument', { docId });
    expect(deleted.deletedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect((await dispatch(lib.handlers, 'listDocuments', {})).map((d) => d.id)).not.toContain(docId);
    await expect(dispatch(lib.handlers, 'getBlocks', { docId })).rejects.toMatchObject({ code: 'not_found' });
    expect((await dispatch(lib.handlers, 'listDeleted', {})).map((d) => d.title)).toEqual(['长株潭都市圈发展规划']);

    await dispatch(lib.handlers, 'restoreDocument', { docId });
    expect(await dispatch(lib.handlers, 'getBlocks', { docId })).toEqual(blocksBefore);
    expect(await dispatch(lib.handlers, 'listDeleted', {})).toEqual([]);
  });

  it('purges only documents already deleted, and then for good', async () => {
    const lib = library();
    const docId = docIdByTitle(lib, '长株潭都市圈发展规划');
    await expect(dispatch(lib.handlers, 'purgeDocument', { docId })).rejects.toMatchObject({ code: 'not_deleted' });
    await expect(dispatch(lib.handlers, 'restoreDocument', { docId })).rejects.toMatchObject({ code: 'not_deleted' });
    await dispatch(lib.handlers, 'deleteDocument', { docId });
    await dispatch(lib.handlers, 'purgeDocument', { docId });
    expect(lib.db.prepare('SELECT count(*) AS n FROM blocks WHERE doc_id = ?').get(docId)).toEqual({ n: 0 });
    expect(lib.db.prepare('SELECT count(*) AS n FROM documents WHERE id = ?').get(docId)).toEqual({ n: 0 });
    await expect(dispatch(lib.handlers, 'restoreDocument', { docId })).rejects.toMatchObject({ code: 'not_deleted' });
    expect(await dispatch(lib.handlers, 'listDocuments', {})).toHaveLength(4);
  });
});
