import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpusFolder, readsWhileImporting, startBrowserMode, type BrowserMode, type ImportRun } from '../../electron/cli/responsive-probe';
import { corporaDir, servePath, tempDir } from '../helpers/paths';

// Browser mode runs the library in its own threads: while a folder import runs, reads are answered and
// progress keeps arriving. Order is asserted, never time (the p95 figure is `npm run bench:responsive`).
describe('browser mode stays responsive during an import', () => {
  let server: BrowserMode;
  let run: ImportRun;
  let files: number;

  beforeAll(async () => {
    const dir = tempDir();
    const folder = buildCorpusFolder(corporaDir, path.join(dir, 'texts'), 9);
    files = folder.files;
    server = await startBrowserMode(spawn, servePath, path.join(dir, 'library.db'));
    await server.call('importPaths', { paths: [path.join(corporaDir, 'cpc-congress-reports')] });
    run = await readsWhileImporting(server, folder.dir);
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('imports the whole folder', () => {
    expect(run.results).toHaveLength(files);
    expect(run.results.every((r) => r.ok)).toBe(true);
  });

  it('answers many list, search and text reads before the import finishes', () => {
    const reads = run.timeline.filter((h) => h.kind === 'read');
    expect(reads.length).toBeGreaterThanOrEqual(30);
    for (const kind of ['list', 'search', 'text']) expect(reads.some((h) => h.kind === 'read' && h.read === kind)).toBe(true);
    const imported = run.timeline.findIndex((h) => h.kind === 'imported');
    expect(run.timeline.slice(0, imported).filter((h) => h.kind === 'read').length).toBe(reads.length);
  });

  it('keeps sending import progress between the reads, then one change event', () => {
    const progress = run.timeline.flatMap((h, i) => (h.kind === 'progress' ? [{ i, done: h.done }] : []));
    expect(progress.length).toBeGreaterThanOrEqual(files);
    // Progress counts up, and reads are answered between progress events, not only before or after them.
    expect(progress.every((p, k) => k === 0 || p.done >= progress[k - 1]!.done)).toBe(true);
    const first = progress[0]!.i;
    const last = progress.at(-1)!.i;
    const readsBetween = run.timeline.slice(first, last).filter((h) => h.kind === 'read').length;
    expect(readsBetween).toBeGreaterThanOrEqual(10);
    const changes = run.timeline.filter((h) => h.kind === 'change');
    expect(changes).toEqual([{ kind: 'change', method: 'importPaths' }]);
  });

  it('lists the new documents right after the import answered', async () => {
    const docs = (await server.call('listDocuments', {})) as unknown[];
    expect(docs.length).toBe(16 + files);
  });
});
