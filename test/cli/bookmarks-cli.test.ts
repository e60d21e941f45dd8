import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runCliJson } from '../helpers/cli';
import { seedsDir, tempDir, SEEDS } from '../helpers/paths';

interface Bookmark {
  id: number;
  docId: number;
  blockId: number | null;
  label: string;
}

describe('policy-reader bookmarks', () => {
  it('adds a bookmark once per place, lists it with its section, removes it', () => {
    const db = path.join(tempDir(), 'bookmarks.db');
    runCliJson(['--db', db, 'import', seedsDir]);
    const docs = runCliJson<{ id: number; source: string }[]>(['--db', db, 'list']);
    const metro = docs.find((d) => d.source === SEEDS.metroPlan)!.id;
    const blocks = runCliJson<{ blockId: number; kind: string; text: string }[]>(['--db', db, 'text', String(metro)]);
    const rail = blocks.find((b) => b.text.startsWith('打造轨道上的长株潭'))!;

    const added = runCliJson<Bookmark>(['--db', db, 'bookmark', String(metro), String(rail.blockId)]);
    expect(added.label).toMatch(/^第一节构建一体化综合交通网络　打造轨道上的长株潭/);
    expect(runCliJson<Bookmark>(['--db', db, 'bookmark', String(metro), String(rail.blockId)]).id).toBe(added.id);
    const top = runCliJson<Bookmark>(['--db', db, 'bookmark', String(metro)]);
    expect(top).toMatchObject({ blockId: null, label: '文首' });
    expect(runCliJson<Bookmark[]>(['--db', db, 'bookmarks', String(metro)]).map((b) => b.id)).toEqual([top.id, added.id]);

    // A block of another document is refused, in both languages.
    const other = docs.find((d) => d.source === SEEDS.xiangtanFeature)!.id;
    const refused = runCli(['--db', db, 'bookmark', String(other), String(rail.blockId)]);
    expect(refused.status).not.toBe(0);

    runCliJson(['--db', db, 'unbookmark', String(added.id)]);
    expect(runCliJson<Bookmark[]>(['--db', db, 'bookmarks']).map((b) => b.id)).toEqual([top.id]);
  });
});
