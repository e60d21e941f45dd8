import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, runCliJson } from '../helpers/cli';
import { SEEDS, seedsDir, tempDir } from '../helpers/paths';

interface Target {
  blockId: number;
  indicator: string;
  value: string;
  unit: string;
  comparator: string;
  year: number | null;
  kind: string;
  text: string;
}

interface Task {
  blockId: number;
  path: string;
  title: string;
  text: string;
  lead: string[];
  partners: string[];
  deadline: string | null;
}

describe('policy-reader targets / tasks / table', () => {
  let db: string;
  let ids: Record<string, number>;
  let out: string;
  beforeAll(() => {
    out = tempDir();
    db = path.join(out, 'tables.db');
    runCliJson(['--db', db, 'import', seedsDir]);
    const docs = runCliJson<{ id: number; source: string }[]>(['--db', db, 'list']);
    ids = Object.fromEntries(docs.map((d) => [d.source, d.id]));
  });

  it('targets DOC prints [{blockId, indicator, value, unit, comparator, year, kind, text}]', () => {
    const rows = runCliJson<Target[]>(['--db', db, 'targets', String(ids[SEEDS.metroPlan])]);
    expect(rows.length).toBeGreaterThan(5);
    const blocks = new Map(runCliJson<{ blockId: number; text: string }[]>(['--db', db, 'text', String(ids[SEEDS.metroPlan])]).map((b) => [b.blockId, b.text]));
    for (const r of rows) {
      expect(Object.keys(r).sort()).toEqual(['blockId', 'comparator', 'indicator', 'kind', 'text', 'unit', 'value', 'year']);
      expect(['>=', '<=', '>', '<', '=', '~']).toContain(r.comparator);
      expect(['target', 'baseline']).toContain(r.kind);
      expect(blocks.get(r.blockId)).toContain(r.text);
      expect(r.text).toContain(`${r.value}`);
    }
    expect(rows.some((r) => r.kind === 'baseline')).toBe(true);
    expect(rows.some((r) => r.kind === 'target')).toBe(true);
  });

  it('targets --compare DOC_A DOC_B prints {pairs: [{indicator, a, b}]} with null where one side has none', () => {
    const { pairs } = runCliJson<{ pairs: { indicator: string; a: Target | null; b: Target | null }[] }>([
      '--db', db, 'targets', '--compare', String(ids[SEEDS.newspaperActionPlan]), String(ids[SEEDS.metroPlan]),
    ]);
    expect(pairs.every((p) => Object.keys(p).sort().join() === 'a,b,indicator')).toBe(true);
    expect(pairs.some((p) => p.a && p.b)).toBe(true);
    expect(pairs.some((p) => p.a && !p.b)).toBe(true);
    expect(pairs.some((p) => !p.a && p.b)).toBe(true);
    const both = pairs.find((p) => p.a && p.b && p.a.value !== p.b.value)!;
    expect(both.a!.kind).toBe('target');
    const human = runCli(['--db', db, 'targets', '--compare', String(ids[SEEDS.newspaperActionPlan]), String(ids[SEEDS.metroPlan])]);
    expect(human.status).toBe(0);
    expect(human.stdout).toMatch(/^≠ +\S+: A \S+ .*\| B /m);
  });

  it('tasks DOC prints [{blockId, path, title, text, lead, partners, deadline}]', () => {
    const rows = runCliJson<Task[]>(['--db', db, 'tasks', String(ids[SEEDS.pdfActionPlan])]);
    expect(rows.length).toBeGreaterThan(20);
    for (const r of rows) {
      expect(Object.keys(r).sort()).toEqual(['blockId', 'deadline', 'lead', 'partners', 'path', 'text', 'title']);
      expect(r.path).toMatch(/^（[一二三四五六七八九十]+）\d+\.$/);
      expect(Array.isArray(r.lead) && Array.isArray(r.partners)).toBe(true);
      expect(r.text).toContain(r.title);
    }
  });

  it('table writes .xlsx and .docx files; revisions need --with', async () => {
    const xlsx = path.join(out, 'targets.xlsx');
    const r = runCliJson<{ file: string; rows: number; bytes: number }>([
      '--db', db, 'table', 'targets', '--doc', String(ids[SEEDS.newspaperActionPlan]), '--format', 'xlsx', '--out', xlsx,
    ]);
    expect(r.bytes).toBe(fs.statSync(xlsx).size);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    expect(book.worksheets[0]!.rowCount).toBe(r.rows + 1);
    const docx = path.join(out, 'revisions.docx');
    const rev = runCli(['--db', db, 'table', 'revisions', '--doc', String(ids[SEEDS.pdfActionPlan]), '--with', String(ids[SEEDS.newspaperActionPlan]), '--format', 'docx', '--out', docx]);
    expect(rev.status).toBe(0);
    expect(rev.stdout).toMatch(/^wrote \d+ rows to /);
    expect(fs.readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
    const missing = runCli(['--db', db, 'table', 'revisions', '--doc', String(ids[SEEDS.pdfActionPlan]), '--format', 'docx', '--out', docx]);
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toContain('--with');
    const badFormat = runCli(['--db', db, 'table', 'tasks', '--doc', '1', '--format', 'csv', '--out', docx]);
    expect(badFormat.status).not.toBe(0);
  });

  it('reports a missing document in English', () => {
    const r = runCli(['--db', db, 'tasks', '9999']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('No document with id 9999');
  });
});
