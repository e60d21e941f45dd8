import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import { closingLibraries, docIdByTitle } from '../helpers/library';
import { highlight } from './annotations-helpers';

const { temp } = closingLibraries();

describe('annotation packs are held to the API’s limits before anything is written', () => {
  it('refuses over-long notes and tags, bad colours and dates that are no dates or lie in the future', async () => {
    const source = temp({ seeds: true });
    const metro = docIdByTitle(source, '都市圈发展规划');
    await highlight(source, metro, '打造轨道上的长株潭', { note: '重点', tags: ['交通'] });
    await highlight(source, metro, '绿心', { color: 'green' });
    const file = await dispatch(source.handlers, 'exportAnnotations', { format: 'json' });
    const good = JSON.parse(Buffer.from(file.dataBase64, 'base64').toString('utf8'));
    const target = temp({ seeds: true });

    const variants: [string, (a: Record<string, unknown>) => void, RegExp][] = [
      ['a 3M-character note', (a) => (a.note = '长'.repeat(3_000_000)), /note/],
      ['a 100k-character tag', (a) => (a.tags = ['标'.repeat(100_000)]), /tags/],
      ['51 tags', (a) => (a.tags = Array.from({ length: 51 }, (_, i) => `t${i}`)), /tags/],
      ['a colour the app does not have', (a) => (a.color = 'magenta'), /color/],
      ['createdAt that is not a date', (a) => (a.createdAt = 'not-a-date'), /createdAt/],
      ['updatedAt "zzzz"', (a) => (a.updatedAt = 'zzzz'), /updatedAt/],
      ['updatedAt in the year 9999', (a) => (a.updatedAt = '9999-12-31T23:59:59.999Z'), /updatedAt.*future/],
      ['an impossible date', (a) => (a.createdAt = '2026-13-45T25:61:61.000Z'), /createdAt/],
    ];
    for (const [what, spoil, where] of variants) {
      const pack = structuredClone(good);
      spoil(pack.annotations[1]);
      const error = await dispatch(target.handlers, 'importAnnotationPack', { pack: JSON.stringify(pack) }).catch((e: { code: string; message: string }) => e);
      expect(error, what).toMatchObject({ code: 'bad_pack' });
      expect((error as { message: string }).message, what).toMatch(where);
      expect(await dispatch(target.handlers, 'listAnnotations', {}), what).toEqual([]);
    }
    // The untouched pack goes in; a local edit made afterwards is kept when the same pack comes again.
    expect(await dispatch(target.handlers, 'importAnnotationPack', { pack: JSON.stringify(good) })).toMatchObject({ added: 2 });
    const [first] = await dispatch(target.handlers, 'listAnnotations', { text: '打造轨道' });
    await dispatch(target.handlers, 'updateAnnotation', { uuid: first!.uuid, note: '本地修改' });
    expect(await dispatch(target.handlers, 'importAnnotationPack', { pack: JSON.stringify(good) })).toMatchObject({ added: 0, updated: 0 });
    expect((await dispatch(target.handlers, 'listAnnotations', { text: '打造轨道' }))[0]!.note).toBe('本地修改');
  });
});
