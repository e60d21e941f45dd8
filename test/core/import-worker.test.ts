import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import { importPaths } from '../../electron/core/import/import-files';
import { filesPreparedInWorker, setImportWorkerFile } from '../../electron/core/import/text-preparer';
import { bruteForceSearch } from '../../electron/core/search/brute-force';
import type { Library } from '../../electron/core/open-library';
import { FIGURE_ONE, CAPTION_ONE, docxWithFigures } from '../helpers/figures';
import { closingLibraries } from '../helpers/library';
import { corporaDir, repoRoot, seedsDir, tempDir } from '../helpers/paths';

// A folder's text files are prepared in a worker thread (out/main/import-worker.js, built before the tests)
// while the library's thread stores the ones before them. The library must come out exactly as an import
// without the worker makes it, and an import whose worker dies must still import every file.

const builtWorker = path.join(repoRoot, 'out', 'main', 'import-worker.js');
const dyingWorker = path.join(repoRoot, 'test', 'fixtures', 'workers', 'import-worker-dies.mjs');
const { temp } = closingLibraries();
afterEach(() => setImportWorkerFile(''));

/** Seeds, work reports, a duplicate, an empty file, a link index, an HTML page with a picture and a Word file between them. */
async function mixedFolder(): Promise<string> {
  const dir = tempDir();
  for (const f of fs.readdirSync(seedsDir).filter((f) => f.endsWith('.txt'))) fs.copyFileSync(path.join(seedsDir, f), path.join(dir, `a-${f}`));
  const reports = path.join(corporaDir, 'gov-work-reports');
  for (const f of fs.readdirSync(reports).slice(0, 12)) fs.copyFileSync(path.join(reports, f), path.join(dir, `b-${f}`));
  fs.copyFileSync(path.join(reports, fs.readdirSync(reports)[0]!), path.join(dir, 'c-same-as-a-report.txt'));
  fs.writeFileSync(path.join(dir, 'd-empty.txt'), '\n\n');
  fs.writeFileSync(path.join(dir, 'e-index.md'), '# 目录\n\n- [一](one.md)\n- [二](two.md)\n- [三](three.md)\n');
  const png = `data:image/png;base64,${FIGURE_ONE.toString('base64')}`;
  fs.writeFileSync(path.join(dir, 'f-plan.html'), `<meta charset="utf-8"><h1>湘江新区建设方案</h1><p>一、总体要求。坚持规划引领，统筹推进新区建设。</p><p><img src="${png}"></p><p>${CAPTION_ONE}</p><p>二、重点任务。完善交通网络。</p>`);
  fs.writeFileSync(path.join(dir, 'g-figures.docx'), await docxWithFigures());
  return dir;
}

function libraryRows(lib: Library) {
  const all = (sql: string) => lib.db.prepare(sql).raw().all();
  return {
    documents: all(`SELECT id, title, source_name, content_hash, issuer, doc_number, issued_on, effective_on, format, encoding, chars,
                           cleanups, work_id, completeness, fingerprint_count FROM documents ORDER BY id`),
    blocks: all('SELECT id, doc_id, seq, kind, level, text FROM blocks ORDER BY id'),
    originals: all('SELECT doc_id, hex(packed), bytes IS NULL FROM originals ORDER BY doc_id'),
    shingles: all('SELECT doc_id, hex(hashes) FROM doc_shingles ORDER BY doc_id'),
    anchors: all('SELECT hash, doc_id FROM doc_fingerprints ORDER BY hash, doc_id'),
    images: all('SELECT doc_id, block_seq, hex(bytes) FROM doc_images ORDER BY doc_id, block_seq'),
    indexed: all('SELECT * FROM search_docs ORDER BY doc_id'),
  };
}

async function importWith(workerFile: string, folder: string) {
  setImportWorkerFile(workerFile);
  const lib = temp();
  const results = await importPaths(lib, [folder]);
  return { lib, results: results.map((r) => ({ ...r, file: path.basename(r.file) })), inWorker: filesPreparedInWorker() };
}

describe('the import worker', () => {
  it('is built, and a library imported with it is the library imported without it', async () => {
    expect(fs.existsSync(builtWorker), 'npm test builds out/ before vitest').toBe(true);
    const folder = await mixedFolder();
    const withWorker = await importWith(builtWorker, folder);
    const without = await importWith('', folder);
    const textFiles = fs.readdirSync(folder).filter((f) => !f.endsWith('.docx')).length;
    expect(withWorker.inWorker).toBe(textFiles);
    expect(without.inWorker).toBe(0);

    expect(withWorker.results).toEqual(without.results);
    const outcome = Object.fromEntries(withWorker.results.map((r) => [r.file, r.ok ? (r.duplicateOf ? 'duplicate' : 'ok') : r.error?.code]));
    expect(outcome).toMatchObject({ 'c-same-as-a-report.txt': 'duplicate', 'd-empty.txt': 'empty', 'e-index.md': 'index_only', 'f-plan.html': 'ok', 'g-figures.docx': 'ok' });
    expect(libraryRows(withWorker.lib)).toEqual(libraryRows(without.lib));
    expect(libraryRows(withWorker.lib).images.length).toBeGreaterThan(0);

    for (const query of ['的', '改革', '高质量发展', '长株潭 -湘潭', '2025']) {
      const found = await dispatch(withWorker.lib.handlers, 'search', { query, limit: 5 });
      expect(found.total, query).toBe(bruteForceSearch(withWorker.lib.db, query).total);
      const { tookMs: _took, ...same } = found;
      const { tookMs: _other, ...expected } = await dispatch(without.lib.handlers, 'search', { query, limit: 5 });
      expect(same, query).toEqual(expected);
    }
  });

  it('going away in the middle of an import leaves the rest to the library thread: every file is imported', async () => {
    const folder = await mixedFolder();
    const dying = await importWith(dyingWorker, folder);
    const without = await importWith('', folder);
    expect(dying.inWorker).toBe(4);
    expect(dying.results).toEqual(without.results);
    expect(libraryRows(dying.lib)).toEqual(libraryRows(without.lib));
  });
});
