import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { dispatch } from '../../electron/core/dispatch';
import { migrate } from '../../electron/core/db/migrate';
import { closingLibraries, docIdByTitle } from '../helpers/library';
import { placeOf } from './annotations-helpers';

const { temp } = closingLibraries();

describe('migration 012 (training)', () => {
  it('creates the path, stop and trainer-layer tables on an empty database and deletes stops with their path', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name);
    expect(tables).toEqual(expect.arrayContaining(['reading_paths', 'reading_stops', 'trainer_annotations']));
    db.prepare("INSERT INTO reading_paths (uuid, title) VALUES ('p-0000001', '路线')").run();
    db.prepare("INSERT INTO reading_stops (path_id, position, kind) VALUES (1, 1, 'passage')").run();
    expect(() => db.prepare("INSERT INTO reading_stops (path_id, position, kind) VALUES (1, 2, 'slide')").run()).toThrow(/CHECK/);
    db.prepare('DELETE FROM reading_paths WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) AS n FROM reading_stops').get()).toEqual({ n: 0 });
    db.close();
  });
});

describe('reading paths', () => {
  it('builds an ordered path of passages, selections, chapters and comparisons with titles and notes', async () => {
    const lib = temp({ seeds: true });
    const metro = docIdByTitle(lib, '都市圈发展规划');
    const web = docIdByTitle(lib, '网页转载');
    const { id } = await dispatch(lib.handlers, 'createReadingPath', { title: '长株潭培训' });
    const rail = await placeOf(lib, metro, '打造轨道上的长株潭');
    const heading = (await dispatch(lib.handlers, 'getToc', { docId: metro }))[1]!;
    const other = await placeOf(lib, web, '长株潭');

    const s1 = await dispatch(lib.handlers, 'addReadingStop', { pathId: id, docId: metro, blockId: rail.blockId, title: '轨道交通', note: '先讲轨道' });
    const s2 = await dispatch(lib.handlers, 'addReadingStop', {
      pathId: id, docId: metro, blockId: rail.blockId, startOffset: rail.offset, endOffset: rail.offset + 9,
    });
    const s3 = await dispatch(lib.handlers, 'addReadingStop', { pathId: id, kind: 'chapter', docId: metro, blockId: heading.blockId });
    const s4 = await dispatch(lib.handlers, 'addReadingStop', {
      pathId: id, kind: 'comparison', docId: metro, blockId: rail.blockId, doc2Id: web, block2Id: other.blockId, note: '两份文件的说法',
    });
    expect(s2.place.text).toBe('打造轨道上的长株潭');
    expect(s3.place.blocks[0]!.text).toBe(heading.title);
    expect(s3.place.blocks.length).toBeGreaterThan(1);
    expect(s3.place.blocks.slice(1).every((b) => b.kind === 'paragraph' || b.level > (s3.place.blocks[0]!.level || 1))).toBe(true);
    expect(s4.place2).toMatchObject({ docId: web, blockId: other.blockId });
    expect(s1.place.citation).toMatch(/^《长株潭都市圈发展规划》（湘政发〔2022〕6号）/);

    const path = await dispatch(lib.handlers, 'getReadingPath', { pathId: id });
    expect(path.stops.map((s) => [s.stopId, s.position, s.kind])).toEqual([
      [s1.stopId, 1, 'passage'],
      [s2.stopId, 2, 'passage'],
      [s3.stopId, 3, 'chapter'],
      [s4.stopId, 4, 'comparison'],
    ]);
    expect(await dispatch(lib.handlers, 'listReadingPaths', {})).toMatchObject([{ id, title: '长株潭培训', stops: 4, packId: null }]);

    const moved = await dispatch(lib.handlers, 'moveReadingStop', { stopId: s4.stopId, position: 1 });
    expect(moved.stops.map((s) => s.stopId)).toEqual([s4.stopId, s1.stopId, s2.stopId, s3.stopId]);
    expect(moved.stops.map((s) => s.position)).toEqual([1, 2, 3, 4]);
    const removed = await dispatch(lib.handlers, 'removeReadingStop', { stopId: s1.stopId });
    expect(removed.stops.map((s) => [s.stopId, s.position])).toEqual([[s4.stopId, 1], [s2.stopId, 2], [s3.stopId, 3]]);
    const edited = await dispatch(lib.handlers, 'updateReadingStop', { stopId: s2.stopId, note: '新的讲解' });
    expect(edited).toMatchObject({ note: '新的讲解', title: '' });
  });

  it('refuses stops that point nowhere: a block of another document, a chapter at a paragraph, a selection outside its block', async () => {
    const lib = temp({ seeds: true });
    const metro = docIdByTitle(lib, '都市圈发展规划');
    const web = docIdByTitle(lib, '网页转载');
    const { id } = await dispatch(lib.handlers, 'createReadingPath', { title: '路线' });
    const rail = await placeOf(lib, metro, '打造轨道上的长株潭');
    const fail = (args: object) => dispatch(lib.handlers, 'addReadingStop', { pathId: id, ...args } as never).catch((e: { code: string }) => e.code);
    expect(await fail({ docId: web, blockId: rail.blockId })).toBe('not_found');
    expect(await fail({ kind: 'chapter', docId: metro, blockId: rail.blockId })).toBe('bad_stop');
    expect(await fail({ docId: metro, blockId: rail.blockId, startOffset: 5, endOffset: 5 })).toBe('bad_stop');
    expect(await fail({ docId: metro, blockId: rail.blockId, startOffset: 0, endOffset: 1_000_000 })).toBe('bad_stop');
    expect(await fail({ kind: 'comparison', docId: metro, blockId: rail.blockId })).toBe('bad_stop');
    expect(await dispatch(lib.handlers, 'addReadingStop', { pathId: 999, docId: metro, blockId: rail.blockId }).catch((e) => e.code)).toBe('not_found');
    expect((await dispatch(lib.handlers, 'getReadingPath', { pathId: id })).stops).toEqual([]);
  });
});
