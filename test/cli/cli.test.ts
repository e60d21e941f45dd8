import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, runCliJson } from '../helpers/cli';
import { seedsDir, tempDir } from '../helpers/paths';

describe('policy-reader CLI', () => {
  let db: string;
  beforeAll(() => {
    db = path.join(tempDir(), 'cli.db');
    const results = runCliJson<{ ok: boolean }[]>(['--db', db, 'import', seedsDir]);
    expect(results).toHaveLength(5);
    expect(results.every((r) => r.ok)).toBe(true);
  });

  it('lists the five seed documents with their original file names', () => {
    const docs = runCliJson<{ id: number; title: string; source: string }[]>(['--db', db, 'list']);
    expect(docs.map((d) => d.source).sort()).toEqual([
      '000_fb8abce934723a93.txt',
      '001_dfdf75a015612ed5.txt',
      '002_2b43fffbd9c82f93.txt',
      '003_60e234aa3d947144.txt',
      '004_4c222c79f33da2b0.txt',
    ]);
    expect(docs.find((d) => d.source.startsWith('001'))!.title).toBe('长株潭都市圈发展规划');
  });

  it('prints the nine chapters of the metro plan with toc, and its blocks with text', () => {
    const metro = runCliJson<{ id: number; source: string }[]>(['--db', db, 'list']).find((d) => d.source.startsWith('001'))!;
    const toc = runCliJson<{ blockId: number; level: number; title: string }[]>(['--db', db, 'toc', String(metro.id)]);
    expect(toc.filter((h) => /^第.章/.test(h.title))).toHaveLength(9);
    const blocks = runCliJson<{ blockId: number; kind: string; level: number; text: string }[]>(['--db', db, 'text', String(metro.id)]);
    expect(blocks.find((b) => b.blockId === toc[0]!.blockId)).toMatchObject({ kind: 'heading', text: toc[0]!.title });
    expect(blocks.some((b) => b.kind === 'paragraph' && b.text.includes('长株潭'))).toBe(true);
  });

  it('searches with the stable JSON shape, also one query per line from stdin', () => {
    const result = runCliJson<{ total: number; tookMs: number; hits: { docId: number; blockId: number; snippet: string }[] }>([
      '--db', db, 'search', '绿心', '--limit', '3',
    ]);
    expect(result.total).toBeGreaterThan(3);
    expect(result.hits).toHaveLength(3);
    expect(typeof result.tookMs).toBe('number');
    expect(result.hits[0]!.snippet).toContain('绿心');

    const r = runCli(['--db', db, 'search', '--stdin', '--json'], { input: '绿心\n同城化\n' });
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[1].hits[0].snippet).toContain('同城化');
  });

  it('fails with a clear English message and non-zero exit on bad input', () => {
    const missing = runCli(['--db', db, 'toc', '9999']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/No document with id 9999/);
    const usage = runCli(['--db', db, 'toc', 'abc', '--json']);
    expect(usage.status).toBe(2);
    expect(JSON.parse(usage.stdout).error.message).toMatch(/DOC must be a document id/);
    const unknown = runCli(['--db', db, 'frobnicate']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown command: frobnicate/);
    const badOption = runCli(['--db', db, 'toc', '1', '--frobnicate']);
    expect(badOption.status).toBe(2);
    expect(badOption.stderr).toMatch(/Unknown option '--frobnicate'/);
    expect(runCli(['--db', db, 'search', '绿心', '--limit']).status).toBe(2); // an option without its value
  });

  it('uses POLICY_READER_DB when --db is not given', () => {
    const docs = runCliJson<unknown[]>(['list'], { env: { POLICY_READER_DB: db } });
    expect(docs).toHaveLength(5);
  });
});
