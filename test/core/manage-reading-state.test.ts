import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import { openLibrary, type Library } from '../../electron/core/open-library';
import { DEFAULT_PREFERENCES } from '../../electron/shared/manage-types';
import { closingLibraries, docIdByTitle, tempLibrary } from '../helpers/library';

const { track } = closingLibraries();

describe('reading position and recent documents', () => {
  it('remembers the last block per document and lists the most recently read first, with the section', async () => {
    const lib = track(tempLibrary({ seeds: true }));
    const metro = docIdByTitle(lib, '长株潭都市圈发展规划');
    const other = docIdByTitle(lib, '湘潭市推进');
    expect(await dispatch(lib.handlers, 'getReadingPosition', { docId: metro })).toBeNull();

    const blocks = await dispatch(lib.handlers, 'getBlocks', { docId: metro });
    const chapter = blocks.findIndex((b) => b.text.startsWith('第四章'));
    const paragraph = blocks[chapter + 1]!;
    await dispatch(lib.handlers, 'saveReadingPosition', { docId: metro, blockId: paragraph.blockId });
    await dispatch(lib.handlers, 'saveReadingPosition', { docId: other, blockId: null });
    expect((await dispatch(lib.handlers, 'getReadingPosition', { docId: metro }))!.blockId).toBe(paragraph.blockId);

    const recent = await dispatch(lib.handlers, 'listRecent', {});
    expect(recent.map((r) => r.docId)).toEqual([other, metro]);
    expect(recent[1]!.sectionTitle).toBe(blocks[chapter]!.text);
    expect(recent[0]!.sectionTitle).toBeNull();

    await dispatch(lib.handlers, 'saveReadingPosition', { docId: metro, blockId: paragraph.blockId });
    expect((await dispatch(lib.handlers, 'listRecent', { limit: 1 })).map((r) => r.docId)).toEqual([metro]);
  });

  it('does not store a block of another document, and forgets deleted documents in the recent list', async () => {
    const lib = track(tempLibrary({ seeds: true }));
    const metro = docIdByTitle(lib, '长株潭都市圈发展规划');
    const other = docIdByTitle(lib, '湘潭市推进');
    const foreign = (await dispatch(lib.handlers, 'getBlocks', { docId: other }))[3]!.blockId;
    expect((await dispatch(lib.handlers, 'saveReadingPosition', { docId: metro, blockId: foreign })).blockId).toBeNull();
    await dispatch(lib.handlers, 'deleteDocument', { docId: metro });
    expect(await dispatch(lib.handlers, 'listRecent', {})).toEqual([]);
    await expect(dispatch(lib.handlers, 'saveReadingPosition', { docId: metro, blockId: null })).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('preferences', () => {
  it('start at the defaults, persist across reopening, and drop tabs of deleted documents', async () => {
    const lib = track(tempLibrary({ seeds: true }));
    expect(await dispatch(lib.handlers, 'getPreferences', {})).toEqual(DEFAULT_PREFERENCES);
    const metro = docIdByTitle(lib, '长株潭都市圈发展规划');
    const other = docIdByTitle(lib, '湘潭市推进');
    await dispatch(lib.handlers, 'setPreferences', { fontSize: 22, theme: 'dark', openDocIds: [metro, other], activeDocId: other });
    const reopened = track(openLibrary(lib.file));
    expect(await dispatch(reopened.handlers, 'getPreferences', {})).toMatchObject({ fontSize: 22, theme: 'dark', lineHeight: 1.9, openDocIds: [metro, other], activeDocId: other });

    await dispatch(reopened.handlers, 'deleteDocument', { docId: other });
    expect(await dispatch(reopened.handlers, 'getPreferences', {})).toMatchObject({ openDocIds: [metro], activeDocId: metro });
  });

  it('refuses values out of range and ignores a corrupted stored value', async () => {
    const lib = track(tempLibrary());
    await expect(dispatch(lib.handlers, 'setPreferences', { fontSize: 80 })).rejects.toMatchObject({ code: 'bad_arguments' });
    await expect(dispatch(lib.handlers, 'setPreferences', { theme: 'pink' })).rejects.toMatchObject({ code: 'bad_arguments' });
    lib.db.prepare("INSERT OR REPLACE INTO settings (key, value) VALUES ('reader.preferences', ?)").run('{"fontSize": 999, "theme": "dark"');
    expect(await dispatch(lib.handlers, 'getPreferences', {})).toEqual(DEFAULT_PREFERENCES);
    lib.db.prepare("INSERT OR REPLACE INTO settings (key, value) VALUES ('reader.preferences', ?)").run('{"fontSize": 999, "theme": "dark"}');
    expect(await dispatch(lib.handlers, 'getPreferences', {})).toEqual({ ...DEFAULT_PREFERENCES, theme: 'dark' });
  });
});
