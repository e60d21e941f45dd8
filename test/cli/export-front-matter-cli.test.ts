import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Block, DocumentSummary } from '../../electron/shared/types';
import { runCli, runCliJson } from '../helpers/cli';
import { docxToText, hasSoffice } from '../helpers/office';
import { seedsDir, tempDir } from '../helpers/paths';

// Issue 14 #8: the title page of the user's own and the table of contents, from the CLI as from the
// export dialog; read back through LibreOffice as a user's office suite shows them.

const RAIL = '打造轨道上的长株潭';
const TITLE = '交通专题学习材料';
let db: string;
let dir: string;

beforeAll(() => {
  dir = tempDir();
  db = path.join(dir, 'library.db');
  runCliJson(['--db', db, 'import', seedsDir]);
  const metro = runCliJson<DocumentSummary[]>(['--db', db, 'list']).find((d) => d.title === '长株潭都市圈发展规划')!.id;
  const block = runCliJson<Block[]>(['--db', db, 'text', String(metro)]).find((b) => b.text.includes(RAIL))!;
  const start = block.text.indexOf(RAIL);
  runCliJson(['--db', db, 'annotate', String(metro), '--block', String(block.blockId), '--start', String(start), '--end', String(start + RAIL.length), '--note', '重点讲解']);
});

function exportDocx(name: string, extra: string[]): string {
  const out = path.join(dir, `${name}.docx`);
  runCliJson(['--db', db, 'export', '--format', 'docx', '--out', out, ...extra]);
  return docxToText(fs.readFileSync(out), name).text;
}

describe('policy-reader export --title / --toc', () => {
  it.skipIf(!hasSoffice)('puts the title of the user’s own on the title page and a table of contents after it; neither without the options', () => {
    const withBoth = exportDocx('with-front-matter', ['--title', TITLE, '--toc']);
    const pages = withBoth.split('\f');
    expect(pages[0]).toContain(TITLE);
    expect(pages[0]).not.toContain('政策文件批注摘编');
    expect(pages[1]!.trim().startsWith('目录')).toBe(true);
    expect(withBoth).toContain(RAIL);

    const plain = exportDocx('plain', []);
    expect(plain).not.toContain(TITLE);
    expect(plain.split('\f')[0]).toContain('政策文件批注摘编');
    expect(plain).not.toMatch(/^\s*目录\s*$/m);
    expect(plain).toContain(RAIL);
  });

  it('a title only where there is a title page, a table of contents only in Word; English help', () => {
    const md = path.join(dir, 'titled.md');
    runCliJson(['--db', db, 'export', '--format', 'md', '--out', md, '--title', TITLE]);
    expect(fs.readFileSync(md, 'utf8').split('\n')[0]).toContain(TITLE);
    const json = runCli(['--db', db, 'export', '--format', 'json', '--out', path.join(dir, 'p.json'), '--title', TITLE]);
    expect(json.status).toBe(2);
    expect(json.stderr).toMatch(/--title needs a text and applies to --format docx or md/);
    const toc = runCli(['--db', db, 'export', '--format', 'md', '--out', md, '--toc']);
    expect(toc.status).toBe(2);
    expect(toc.stderr).toMatch(/--toc applies to --format docx only/);
    const help = runCli(['export', '--help']);
    expect(help.stdout).toMatch(/--title TEXT\] \[--toc\]/);
    expect(help.stdout).toMatch(/table of contents/);
  });
});
