import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import type { Library } from '../../electron/core/open-library';
import { closingLibraries, docIdByTitle } from '../helpers/library';

const { temp } = closingLibraries();
function library(): Library {
  return temp({ seeds: true });
}

describe('the kind (文种) of a document', () => {
  it('is set trimmed, cleared with empty text, and shows in the library list', async () => {
    const lib = library();
    const docId = docIdByTitle(lib, '长株潭都市圈发展规划');
    expect((await dispatch(lib.handlers, 'setDocumentKind', { docId, kind: '  规划 ' })).kind).toBe('规划');
    expect((await dispatch(lib.handlers, 'listDocuments', {})).find((d) => d.id === docId)!.kind).toBe('规划');
    expect((await dispatch(lib.handlers, 'setDocumentKind', { docId, kind: '' })).kind).toBeNull();
    await expect(dispatch(lib.handlers, 'setDocumentKind', { docId, kind: 'x'.repeat(51) })).rejects.toMatchObject({ code: 'bad_arguments' });
    await expect(dispatch(lib.handlers, 'setDocumentKind', { docId: 9999, kind: '规划' })).rejects.toMatchObject({ code: 'not_found' });
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
