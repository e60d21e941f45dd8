import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, runCliJson } from '../helpers/cli';
import { seedsDir, tempDir } from '../helpers/paths';

interface Result {
  total: number;
  tookMs: number;
  hits: { docId: number; blockId: number; snippet: string; highlights: [number, number][]; path: string[] }[];
  docs: { docId: number; title: string; count: number }[];
}

describe('policy-reader search', () => {
  let db: string;
  let metroId: number;
  beforeAll(() => {
    db = path.join(tempDir(), 'search-cli.db');
    runCliJson(['--db', db, 'import', seedsDir]);
    metroId = runCliJson<{ id: number; source: string }[]>(['--db', db, 'list']).find((d) => d.source.startsWith('001'))!.id;
  });

  it('keeps {total, tookMs, hits:[{docId, blockId, snippet}]} and adds highlights, chapter paths and per-document counts', () => {
    const result = runCliJson<Result>(['--db', db, 'search', '都市圈', '--limit', '5']);
    expect(result.hits).toHaveLength(5);
    expect(result.total).toBe(result.docs.reduce((n, d) => n + d.count, 0));
    for (const hit of result.hits) {
      expect(Object.keys(hit)).toEqual(expect.arrayContaining(['docId', 'blockId', 'snippet']));
      expect(hit.highlights.map(([s, e]) => hit.snippet.slice(s, e))).toContain('都市圈');
    }
    const inMetro = runCliJson<Result>(['--db', db, 'search', '都市圈', '--doc', String(metroId), '--limit', '1000']);
    expect(inMetro.hits.every((h) => h.docId === metroId)).toBe(true);
    expect(inMetro.total).toBe(result.docs.find((d) => d.docId === metroId)!.count);
  });

  it('answers one JSON line per stdin line, errors included, in order', () => {
    const r = runCli(['--db', db, 'search', '--stdin', '--json', '--limit', '2'], { input: `绿心\n\n"长株潭 都市圈"\n${'长'.repeat(1200)}\n湘 -潭\n` });
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0].hits[0].snippet).toContain('绿心');
    expect(lines[1].total).toBeGreaterThanOrEqual(0);
    expect(lines[2].error.code).toBe('bad_arguments');
    expect(lines[3].hits.every((h: { snippet: string }) => h.snippet.includes('湘'))).toBe(true);
  });

  it('searches one chapter, and says in English what is wrong with bad options', () => {
    const toc = runCliJson<{ blockId: number; title: string }[]>(['--db', db, 'toc', String(metroId)]);
    const chapter = toc.find((h) => /^第一章/.test(h.title))!;
    const result = runCliJson<Result>(['--db', db, 'search', '发展', '--chapter', String(chapter.blockId), '--limit', '1000']);
    expect(result.total).toBeGreaterThan(0);
    expect(result.hits.every((h) => h.docId === metroId && (h.blockId === chapter.blockId || h.path.includes(chapter.title)))).toBe(true);
    const bad = runCli(['--db', db, 'search', '发展', '--work', 'x']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--work must be a positive integer/);
    const noDoc = runCli(['--db', db, 'search', '发展', '--doc', '999999']);
    expect(noDoc.status).toBe(1);
    expect(noDoc.stderr).toMatch(/No document with id 999999/);
    const notHeading = runCli(['--db', db, 'search', '发展', '--chapter', '999999']);
    expect(notHeading.status).toBe(1);
    expect(notHeading.stderr).toMatch(/No heading with block id 999999/);
  });

  it('sorts by relevance (the default), library order or date, and refuses an unknown sort', () => {
    const byRelevance = runCliJson<Result & { sort: string }>(['--db', db, 'search', '发展', '--limit', '1000']);
    expect(byRelevance.sort).toBe('relevance');
    const byDocument = runCliJson<Result & { sort: string; docs: { docId: number }[] }>(['--db', db, 'search', '发展', '--sort', 'document', '--limit', '1000']);
    expect(byDocument.docs.map((d) => d.docId)).toEqual([...byDocument.docs.map((d) => d.docId)].sort((a, b) => a - b));
    expect(byDocument.total).toBe(byRelevance.total);
    expect(new Set(byDocument.hits.map((h) => h.blockId))).toEqual(new Set(byRelevance.hits.map((h) => h.blockId)));
    const bad = runCli(['--db', db, 'search', '发展', '--sort', 'newest']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--sort must be one of relevance, document, date/);
  });

  it('prints matches between 【】 for people', () => {
    const r = runCli(['--db', db, 'search', '绿心', '--limit', '2']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/matching paragraphs in \d+ documents/);
    expect(r.stdout).toContain('【绿心】');
  });
});
