import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportResult, TocEntry } from '../../electron/shared/types';
import { runCli, runCliJson } from '../helpers/cli';
import { SEEDS, seedsDir, tempDir } from '../helpers/paths';

describe('policy-reader import', () => {
  it('reports progress on stderr, one line per file, and only JSON on stdout', () => {
    const db = path.join(tempDir(), 'library.db');
    const r = runCli(['--db', db, 'import', seedsDir, '--json']);
    expect(r.status).toBe(0);
    const results = JSON.parse(r.stdout) as ImportResult[];
    expect(results).toHaveLength(5);
    expect(results.every((x) => x.ok)).toBe(true);
    const progress = r.stderr.split('\n').filter((l) => /^\[\d+\/5\]/.test(l));
    expect(progress.map((l) => l.slice(0, 5))).toEqual(['[1/5]', '[2/5]', '[3/5]', '[4/5]', '[5/5]']);
    // The folder's manifest names the seeds.
    expect(results.map((x) => x.title)).toContain('长株潭都市圈发展规划');
  });

  it('goes on past a bad file, names the reason, and exits non-zero', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'empty.txt'), '');
    fs.copyFileSync(path.join(seedsDir, SEEDS.webActionPlan), path.join(dir, 'plan.txt'));
    const db = path.join(tempDir(), 'library.db');
    const r = runCli(['--db', db, 'import', dir]);
    expect(r.status).not.toBe(0);
    expect(r.stdout).toMatch(/FAILED\s+\S*empty\.txt: The file is empty/);
    expect(r.stdout).toMatch(/imported\s+#1/);
    const again = runCli(['--db', db, 'import', path.join(dir, 'plan.txt')]);
    expect(again.stdout).toMatch(/already in library\s+#1/);
  });

  it('toc shows the structure of an imported PDF-extraction text', () => {
    const db = path.join(tempDir(), 'library.db');
    const [result] = runCliJson<ImportResult[]>(['--db', db, 'import', path.join(seedsDir, SEEDS.pdfActionPlan)]);
    const toc = runCliJson<TocEntry[]>(['--db', db, 'toc', String(result!.docId)]);
    expect(toc[0]).toMatchObject({ level: 2, title: '（二）行动目标' });
    expect(toc.filter((h) => h.level === 2)).toHaveLength(11);
  });

  it('meta shows and corrects metadata; versions lists the copies of a work', () => {
    const db = path.join(tempDir(), 'library.db');
    runCliJson(['--db', db, 'import', seedsDir]);
    const docs = runCliJson<{ id: number; title: string }[]>(['--db', db, 'list']);
    const metro = docs.find((d) => d.title === '长株潭都市圈发展规划')!.id;
    expect(runCli(['--db', db, 'meta', String(metro)]).stdout).toMatch(/文号\s+湘政发〔2022〕6号/);
    const changed = runCliJson<{ issuer: string | null; docNumber: string | null }>(['--db', db, 'meta', String(metro), '--issuer', '湖南省政府', '--doc-number', '']);
    expect(changed).toMatchObject({ issuer: '湖南省政府', docNumber: null });
    const bad = runCli(['--db', db, 'meta', String(metro), '--date', 'March 2022']);
    expect(bad.status).not.toBe(0);

    const web = docs.find((d) => d.title.includes('网页转载'))!.id;
    const versions = runCli(['--db', db, 'versions', String(web)]).stdout;
    expect(versions).toMatch(/^work #\d+ {2}长株潭一体化发展五年行动计划（2021—2025年）/);
    expect(versions.trim().split('\n')).toHaveLength(4);
    expect(runCli(['--db', db, 'versions', String(metro)]).stdout).toMatch(/no other copy/);
  });
});
