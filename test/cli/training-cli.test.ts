import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Block, DocumentSummary } from '../../electron/shared/types';
import { runCli, runCliJson } from '../helpers/cli';
import { seedsDir, tempDir } from '../helpers/paths';

let db: string;
let metro: DocumentSummary;
let blocks: Block[];

beforeAll(() => {
  db = path.join(tempDir(), 'library.db');
  runCliJson(['--db', db, 'import', seedsDir]);
  metro = runCliJson<DocumentSummary[]>(['--db', db, 'list']).find((d) => d.title === '长株潭都市圈发展规划')!;
  blocks = runCliJson<Block[]>(['--db', db, 'text', String(metro.id)]);
});

describe('policy-reader path', () => {
  it('creates a path, adds stops, lists, shows, reorders and removes them', () => {
    const { id } = runCliJson<{ id: number }>(['--db', db, 'path', 'create', '长株潭培训']);
    expect(id).toBeGreaterThan(0);
    const paragraphs = blocks.filter((b) => b.kind === 'paragraph');
    const [a, b, c] = [paragraphs[0]!, paragraphs[3]!, paragraphs[7]!];
    for (const [block, title, note] of [[a, '开篇', '介绍背景'], [b, '目标', ''], [c, '', '讨论']] as const) {
      runCliJson(['--db', db, 'path', 'add', String(id), '--doc', String(metro.id), '--block', String(block.blockId), ...(title ? ['--title', title] : []), ...(note ? ['--note', note] : [])]);
    }
    expect(runCliJson(['--db', db, 'path', 'list'])).toEqual([{ id, title: '长株潭培训', stops: 3 }]);
    const shown = runCliJson<{ id: number; title: string; stops: { stopId: number; docId: number; blockId: number; title: string; note: string }[] }>(['--db', db, 'path', 'show', String(id)]);
    expect(shown).toMatchObject({
      id,
      title: '长株潭培训',
      stops: [
        { docId: metro.id, blockId: a.blockId, title: '开篇', note: '介绍背景' },
        { docId: metro.id, blockId: b.blockId, title: '目标', note: '' },
        { docId: metro.id, blockId: c.blockId, title: '', note: '讨论' },
      ],
    });
    const moved = runCliJson<typeof shown>(['--db', db, 'path', 'move', String(shown.stops[2]!.stopId), '1']);
    expect(moved.stops.map((s) => s.blockId)).toEqual([c.blockId, a.blockId, b.blockId]);
    const removed = runCliJson<typeof shown>(['--db', db, 'path', 'remove', String(shown.stops[0]!.stopId)]);
    expect(removed.stops.map((s) => s.blockId)).toEqual([c.blockId, b.blockId]);
  });

  it('explains bad input and exits non-zero', () => {
    const noBlock = runCli(['--db', db, 'path', 'add', '1', '--doc', String(metro.id)]);
    expect(noBlock.status).toBe(2);
    expect(noBlock.stderr).toMatch(/--block BLOCK is required/);
    const missing = runCli(['--db', db, 'path', 'show', '999', '--json']);
    expect(missing.status).toBe(1);
    expect(JSON.parse(missing.stdout).error.code).toBe('not_found');
  });
});

describe('policy-reader pack', () => {
  it('creates a pack from a path, inspects it, opens it in an empty library, and again without duplicates', () => {
    const { id } = runCliJson<{ id: number }>(['--db', db, 'path', 'create', '打包路线']);
    const rail = blocks.find((b) => b.text.includes('打造轨道上的长株潭'))!;
    runCliJson(['--db', db, 'path', 'add', String(id), '--doc', String(metro.id), '--block', String(rail.blockId), '--note', '重点']);
    const offset = rail.text.indexOf('打造轨道上的长株潭');
    runCliJson(['--db', db, 'annotate', String(metro.id), '--block', String(rail.blockId), '--start', String(offset), '--end', String(offset + 9), '--note', '培训']);
    const file = path.join(tempDir(), '课程.prpack');
    const written = runCliJson<{ bytes: number }>(['--db', db, 'pack', 'create', '--path', String(id), '--out', file]);
    expect(fs.statSync(file).size).toBe(written.bytes);

    const inspected = runCliJson(['--db', db, 'pack', 'inspect', file]);
    expect(inspected).toMatchObject({ documents: [{ title: '长株潭都市圈发展规划', chars: metro.chars }], annotations: 1, paths: [{ title: '打包路线', stops: 1 }], bytes: written.bytes });

    const empty = path.join(tempDir(), 'trainee.db');
    const opened = runCliJson<{ documents: { added: unknown[]; present: unknown[] }; annotations: { added: number }; firstPathId: number }>(['--db', empty, 'pack', 'open', file]);
    expect(opened.documents.added).toHaveLength(1);
    expect(opened.annotations.added).toBe(1);
    const again = runCliJson<typeof opened>(['--db', empty, 'pack', 'open', file]);
    expect(again.documents).toMatchObject({ added: [], present: [{ title: '长株潭都市圈发展规划' }] });
    const traineeDocs = runCliJson<DocumentSummary[]>(['--db', empty, 'list']);
    expect(traineeDocs).toHaveLength(1);
    expect(runCliJson<Block[]>(['--db', empty, 'text', String(traineeDocs[0]!.id)]).map((b) => b.text)).toEqual(blocks.map((b) => b.text));
    const shown = runCliJson<{ stops: { note: string; text: string }[] }>(['--db', empty, 'path', 'show', String(opened.firstPathId)]);
    expect(shown.stops).toMatchObject([{ note: '重点', text: rail.text }]);
  });

  it('leaves the library as it was when killed halfway through opening a pack', () => {
    const { id } = runCliJson<{ id: number }>(['--db', db, 'path', 'create', '中断测试']);
    runCliJson(['--db', db, 'path', 'add', String(id), '--doc', String(metro.id), '--block', String(blocks[5]!.blockId)]);
    const file = path.join(tempDir(), 'kill.prpack');
    runCliJson(['--db', db, 'pack', 'create', '--path', String(id), '--out', file]);
    const target = path.join(tempDir(), 'trainee.db');
    runCliJson(['--db', target, 'list']);
    const killed = runCli(['--db', target, 'pack', 'open', file], { env: { POLICY_READER_KILL_AT: 'course-pack' } });
    expect(killed.status).not.toBe(0);
    expect(runCliJson(['--db', target, 'list'])).toEqual([]);
    expect(runCliJson(['--db', target, 'path', 'list'])).toEqual([]);
    expect(runCliJson<{ documents: { added: unknown[] } }>(['--db', target, 'pack', 'open', file]).documents.added).toHaveLength(1);
  });

  it('refuses a damaged pack with the reason and a non-zero exit', () => {
    const file = path.join(tempDir(), 'bad.prpack');
    fs.writeFileSync(file, 'not a zip');
    const empty = path.join(tempDir(), 'trainee.db');
    const r = runCli(['--db', empty, 'pack', 'open', file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/not a valid zip/);
    expect(runCliJson(['--db', empty, 'list'])).toEqual([]);
    // An oversized file is refused before it is read (a sparse file: nothing is written to disk).
    const huge = path.join(tempDir(), 'huge.prpack');
    fs.writeFileSync(huge, '');
    fs.truncateSync(huge, 181 * 1024 * 1024);
    const big = runCli(['--db', empty, 'pack', 'inspect', huge]);
    expect(big.status).toBe(1);
    expect(big.stderr).toMatch(/a course pack is at most 180 MB/);
  });
});

describe('policy-reader handout', () => {
  it('writes the path as a Word handout, with the trainer’s notes or without them', async () => {
    const { id } = runCliJson<{ id: number }>(['--db', db, 'path', 'create', '讲义路线']);
    const rail = blocks.find((b) => b.text.includes('打造轨道上的长株潭'))!;
    runCliJson(['--db', db, 'path', 'add', String(id), '--doc', String(metro.id), '--block', String(rail.blockId), '--title', '轨道', '--note', '讲者提示']);
    const dir = tempDir();
    const xmlOf = async (file: string) => (await JSZip.loadAsync(fs.readFileSync(file))).file('word/document.xml')!.async('string');
    const written = runCliJson<{ stops: number }>(['--db', db, 'handout', String(id), '--out', path.join(dir, 'a.docx')]);
    expect(written.stops).toBe(1);
    const withNotes = await xmlOf(path.join(dir, 'a.docx'));
    expect(withNotes).toContain('讲者提示');
    expect(withNotes).toContain('《长株潭都市圈发展规划》（湘政发〔2022〕6号）');
    runCliJson(['--db', db, 'handout', String(id), '--out', path.join(dir, 'b.docx'), '--no-notes']);
    const without = await xmlOf(path.join(dir, 'b.docx'));
    expect(without).not.toContain('讲者提示');
    expect(without).toContain('打造轨道上的长株潭');
  });
});
