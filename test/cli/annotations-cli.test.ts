import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../electron/shared/annotation-types';
import type { Block, DocumentSummary } from '../../electron/shared/types';
import { runCli, runCliJson } from '../helpers/cli';
import { seedsDir, tempDir } from '../helpers/paths';

let db: string;
let metro: number;
let rail: { blockId: number; offset: number };
const RAIL = '打造轨道上的长株潭';

beforeAll(() => {
  db = path.join(tempDir(), 'library.db');
  runCliJson(['--db', db, 'import', seedsDir]);
  metro = runCliJson<DocumentSummary[]>(['--db', db, 'list']).find((d) => d.title === '长株潭都市圈发展规划')!.id;
  const block = runCliJson<Block[]>(['--db', db, 'text', String(metro)]).find((b) => b.text.includes(RAIL))!;
  rail = { blockId: block.blockId, offset: block.text.indexOf(RAIL) };
});

describe('policy-reader annotate / annotations', () => {
  it('highlights by block and offsets, with colour (by name or meaning), note and tags', () => {
    const a = runCliJson<Annotation>([
      '--db', db, 'annotate', String(metro),
      '--block', String(rail.blockId), '--start', String(rail.offset), '--end', String(rail.offset + RAIL.length),
      '--color', '目标', '--note', '轨道交通', '--tag', '交通', '--tag', '培训',
    ]);
    expect(a).toMatchObject({ docId: metro, quote: RAIL, color: 'green', note: '轨道交通', tags: ['交通', '培训'], status: 'attached' });
    const list = runCliJson<Annotation[]>(['--db', db, 'annotations', '--doc', String(metro)]);
    expect(list.map((x) => x.uuid)).toContain(a.uuid);
    expect(runCliJson<Annotation[]>(['--db', db, 'annotations', '--tag', '培训']).map((x) => x.uuid)).toEqual([a.uuid]);
  });

  it('explains bad input in English and exits non-zero', () => {
    const bad = runCli(['--db', db, 'annotate', String(metro), '--block', String(rail.blockId), '--start', '5', '--end', '5', '--json']);
    expect(bad.status).toBe(1);
    expect(JSON.parse(bad.stdout).error.code).toBe('empty_selection');
    const color = runCli(['--db', db, 'annotate', String(metro), '--block', '1', '--start', '0', '--end', '3', '--color', 'pink']);
    expect(color.status).toBe(2);
    expect(color.stderr).toMatch(/--color must be one of yellow, green, blue, red, purple/);
    expect(runCli(['--db', db, 'annotate', String(metro), '--start', '0', '--end', '3']).stderr).toMatch(/--block is required/);
  });
});

describe('policy-reader export / import-annotations', () => {
  it('writes a Word file, a Markdown file and a pack that another library imports', async () => {
    const dir = tempDir();
    const docx = path.join(dir, 'out.docx');
    const summary = runCliJson<{ count: number; file: string }>(['--db', db, 'export', '--format', 'docx', '--out', docx, '--doc', String(metro)]);
    expect(summary.count).toBeGreaterThan(0);
    const zip = await JSZip.loadAsync(fs.readFileSync(docx));
    expect(await zip.file('word/document.xml')!.async('string')).toContain(RAIL);

    const md = path.join(dir, 'out.md');
    runCliJson(['--db', db, 'export', '--format', 'md', '--out', md, '--tag', '交通']);
    expect(fs.readFileSync(md, 'utf8')).toContain('《长株潭都市圈发展规划》（湘政发〔2022〕6号）');

    const pack = path.join(dir, 'pack.json');
    runCliJson(['--db', db, 'export', '--format', 'json', '--out', pack]);
    const other = path.join(tempDir(), 'other.db');
    runCliJson(['--db', other, 'import', seedsDir]);
    expect(runCliJson(['--db', other, 'import-annotations', pack])).toMatchObject({ added: summary.count, unchanged: 0 });
    expect(runCliJson(['--db', other, 'import-annotations', pack])).toMatchObject({ added: 0, unchanged: summary.count });
    expect(runCli(['--db', other, 'import-annotations', path.join(dir, 'missing.json')]).stderr).toMatch(/Cannot read/);
    expect(runCli(['--db', other, 'import-annotations', md]).stderr).toMatch(/not valid JSON/);
  });

  it('never leaves half a file or destroys the existing one when an export fails', () => {
    const dir = tempDir();
    const out = path.join(dir, 'briefing.docx');
    fs.writeFileSync(out, 'the previous briefing');
    const bad = runCli(['--db', db, 'export', '--format', 'docx', '--out', out, '--color', 'pink']);
    expect(bad.status).toBe(2);
    expect(fs.readFileSync(out, 'utf8')).toBe('the previous briefing');

    // The target is a folder: writing fails after the export was built; nothing is left behind.
    const folder = path.join(dir, 'a-folder.docx');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'keep.txt'), 'x');
    const failed = runCli(['--db', db, 'export', '--format', 'docx', '--out', folder]);
    expect(failed.status).not.toBe(0);
    expect(fs.readdirSync(dir).sort()).toEqual(['a-folder.docx', 'briefing.docx']);
    expect(fs.readdirSync(folder)).toEqual(['keep.txt']);
    expect(failed.stderr).toContain(`Cannot write ${folder}: EISDIR`);
    const nowhere = runCli(['--db', db, 'export', '--format', 'md', '--out', path.join(dir, 'no-such-folder', 'x.md')]);
    expect(nowhere.stderr).toMatch(/Cannot write .*x\.md: ENOENT/);
    expect(runCli(['--db', db, 'export', '--format', 'pdf', '--out', out]).stderr).toMatch(/--format must be docx, md or json/);
  });
});
