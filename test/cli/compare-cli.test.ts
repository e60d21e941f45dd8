import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, runCliJson } from '../helpers/cli';
import type { CompareSummary } from '../../electron/shared/compare-types';
import { seedsDir, tempDir, SEEDS } from '../helpers/paths';

interface Pair {
  a: number | null;
  b: number | null;
  kind: string;
  score: number;
  diff?: { op: string; text: string }[];
}

describe('policy-reader compare', () => {
  let db: string;
  let ids: Record<string, number>;
  beforeAll(() => {
    db = path.join(tempDir(), 'compare.db');
    runCliJson(['--db', db, 'import', seedsDir]);
    const docs = runCliJson<{ id: number; source: string }[]>(['--db', db, 'list']);
    ids = Object.fromEntries(docs.map((d) => [d.source, d.id]));
  });

  it('prints {summary, pairs} with block ids, kinds and scores as JSON', () => {
    const pdf = ids[SEEDS.pdfActionPlan]!;
    const paper = ids[SEEDS.newspaperActionPlan]!;
    const out = runCliJson<{ summary: CompareSummary; pairs: Pair[] }>(['--db', db, 'compare', String(pdf), String(paper)]);
    expect(out.summary.same).toBeGreaterThan(0);
    expect(out.summary.changed).toBeGreaterThan(0);
    expect(out.pairs.length).toBe(out.summary.same + out.summary.changed + out.summary.added + out.summary.removed + out.summary.moved);
    for (const p of out.pairs) {
      expect(['same', 'changed', 'added', 'removed', 'moved']).toContain(p.kind);
      expect(p.a === null || Number.isInteger(p.a)).toBe(true);
      expect(p.b === null || Number.isInteger(p.b)).toBe(true);
      expect(p.score).toBeGreaterThanOrEqual(0);
      expect(p.score).toBeLessThanOrEqual(1);
      if (p.kind === 'added') expect(p.a).toBeNull();
      if (p.kind === 'removed') expect(p.b).toBeNull();
    }
    const wording = out.pairs.find((p) => p.diff?.some((op) => op.op === 'delete' && op.text === '全方位'));
    expect(wording?.kind).toBe('changed');
    expect(wording!.diff!.find((op) => op.op === 'insert')!.text).toBe('无缝');
  });

  it('shows the differences inline for people', () => {
    const r = runCli(['--db', db, 'compare', String(ids[SEEDS.webActionPlan]), String(ids[SEEDS.newspaperActionPlan])]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/\d+ same, \d+ changed, \d+ added, \d+ removed/);
    expect(r.stdout).toContain('[-全方位-]{+无缝+}');
    expect(r.stdout).toMatch(/^added /m);
  });

  it('finds related passages in other documents', () => {
    const metro = ids[SEEDS.metroPlan]!;
    const toc = runCliJson<{ blockId: number; title: string }[]>(['--db', db, 'toc', String(ids[SEEDS.newspaperActionPlan])]);
    const action = toc.find((h) => h.title.includes('设施同网'))!;
    const r = runCliJson<{ passages: { docId: number; score: number; text: string }[] }>([
      '--db', db, 'related', String(ids[SEEDS.newspaperActionPlan]), String(action.blockId), '--limit', '20',
    ]);
    expect(r.passages.length).toBeGreaterThan(0);
    expect(r.passages.every((p) => p.docId !== ids[SEEDS.newspaperActionPlan])).toBe(true);
    expect(r.passages.some((p) => p.docId === metro)).toBe(true);
  });

  it('fails clearly on bad input', () => {
    const one = runCli(['--db', db, 'compare', '1']);
    expect(one.status).toBe(2);
    expect(one.stderr).toMatch(/compare needs two documents/);
    const missing = runCli(['--db', db, 'compare', '1', '9999']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/No document with id 9999/);
    const block = runCli(['--db', db, 'related', String(ids[SEEDS.metroPlan]), '99999999']);
    expect(block.status).toBe(1);
    expect(block.stderr).toMatch(/has no block 99999999/);
  });
});
