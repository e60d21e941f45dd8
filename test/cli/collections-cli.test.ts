import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliJson } from '../helpers/cli';
import { seedsDir, tempDir, SEEDS } from '../helpers/paths';

describe('policy-reader collections', () => {
  it('puts documents into a collection, lists it with its count, and takes them out again', () => {
    const db = path.join(tempDir(), 'collections.db');
    runCliJson(['--db', db, 'import', seedsDir]);
    const docs = runCliJson<{ id: number; source: string; collections: string[] }[]>(['--db', db, 'list']);
    const ids = [SEEDS.metroPlan, SEEDS.xiangtanFeature].map((s) => String(docs.find((d) => d.source === s)!.id));
    expect(runCliJson<{ changed: number }>(['--db', db, 'collect', '都市圈专题', ...ids])).toEqual({ changed: 2 });
    // Adding again changes nothing.
    expect(runCliJson<{ changed: number }>(['--db', db, 'collect', '都市圈专题', ids[0]!])).toEqual({ changed: 0 });
    expect(runCliJson(['--db', db, 'collections'])).toEqual([{ name: '都市圈专题', count: 2 }]);
    const listed = runCliJson<{ id: number; collections: string[] }[]>(['--db', db, 'list']);
    expect(listed.filter((d) => d.collections.includes('都市圈专题')).map((d) => String(d.id)).sort()).toEqual([...ids].sort());
    expect(runCliJson<{ changed: number }>(['--db', db, 'collect', '都市圈专题', ids[1]!, '--remove'])).toEqual({ changed: 1 });
    expect(runCliJson(['--db', db, 'collections'])).toEqual([{ name: '都市圈专题', count: 1 }]);
  });
});
