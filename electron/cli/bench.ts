// `npm run bench [FOLDER]`: import a corpus (repeated until it reaches 60 MB) into a temp library, then time
// a fixed mix of queries through the core against a brute-force scan of the same library.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expandPaths, importFileBytes } from '../core/import/import-files';
import { openLibrary } from '../core/open-library';
import { bruteForceSearch } from '../core/search/brute-force';
import { searchIndexOf } from '../core/search/handlers';
import { searchBlocks } from '../core/search/search-blocks';

const DEFAULT_TARGET_MB = 60;
const QUERIES_PER_KIND = 60;
const BRUTE_PER_KIND = 5;
const RUNS_PER_QUERY = 3;

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const keepAt = args.indexOf('--keep');
/** `--keep FILE`: build the library in FILE and keep it; a second run with the same FILE skips the import. */
const keepFile = keepAt >= 0 ? path.resolve(args.splice(keepAt, 2)[1] ?? '') : null;
/** `--no-brute`: skip the brute-force comparison (for profiling the index alone). */
const noBrute = args.includes('--no-brute');
if (noBrute) args.splice(args.indexOf('--no-brute'), 1);
const mbAt = args.indexOf('--mb');
/** `--mb N`: repeat the corpus until it reaches N MB instead of 60. */
const TARGET_BYTES = (mbAt >= 0 ? Number(args.splice(mbAt, 2)[1]) : DEFAULT_TARGET_MB) * 1024 * 1024;
if (!(TARGET_BYTES > 0)) throw new Error('--mb needs a positive number');
const folder = path.resolve(args[0] ?? path.join(here, '..', '..', '..', 'shared', 'corpora'));

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

async function main() {
  const { files } = expandPaths([folder]);
  if (files.length === 0) throw new Error(`No importable files in ${folder}`);
  const sources = files.map((f) => ({ name: path.basename(f), bytes: fs.readFileSync(f) }));
  const corpusBytes = sources.reduce((n, s) => n + s.bytes.length, 0);
  const copies = Math.max(1, Math.ceil(TARGET_BYTES / corpusBytes));
  const dir = keepFile ? path.dirname(keepFile) : fs.mkdtempSync(path.join(os.tmpdir(), 'policy-reader-bench-'));
  const lib = openLibrary(keepFile ?? path.join(dir, 'library.db'));
  const reuse = keepFile !== null && (lib.db.prepare('SELECT count(*) FROM documents').pluck().get() as number) > 0;
  console.log(`corpus ${folder}: ${files.length} files, ${mb(corpusBytes)} MB, ${reuse ? 'reusing' : `imported ${copies}× into`} ${lib.file}`);

  let imported = 0;
  let importMs = 0;
  for (let copy = 0; copy < (reuse ? 0 : copies); copy++) {
    // Each copy differs by a last line, so it is a new document rather than a duplicate.
    for (const s of sources) {
      const bytes = copy === 0 ? s.bytes : Buffer.concat([s.bytes, Buffer.from(`\n\n（基准副本 ${copy}）\n`)]);
      // Import writes each document's search postings in its own transaction: this is the whole cost.
      const t = performance.now();
      const r = await importFileBytes(lib, s.name, bytes, null);
      importMs += performance.now() - t;
      if (!r.ok) throw new Error(`${s.name}: ${r.error?.message}`);
      imported += bytes.length;
    }
    process.stderr.write(`  copy ${copy + 1}/${copies}\r`);
  }
  const sizes = lib.db
    .prepare(
      `SELECT (SELECT count(*) FROM documents) AS docs, (SELECT count(*) FROM blocks) AS blocks,
              (SELECT sum(length(CAST(text AS BLOB))) FROM blocks) AS text,
              (SELECT sum(length(data)) FROM search_segments) AS postings`,
    )
    .get() as { docs: number; blocks: number; text: number; postings: number };
  const indexPages = (lib.db.prepare("SELECT sum(pgsize) AS n FROM dbstat WHERE name LIKE 'search_%'").get() as { n: number }).n;
  console.log(`library: ${sizes.docs} documents, ${sizes.blocks} blocks, ${mb(sizes.text)} MB of reading text`);
  if (!reuse) console.log(
    `import incl. clean-up and search indexing: ${mb(imported)} MB in ${(importMs / 1000).toFixed(1)} s = ${(mb(imported) / (importMs / 1000)).toFixed(1)} MB/s`,
  );
  console.log(
    `index: ${mb(indexPages)} MB on disk (postings ${mb(sizes.postings)} MB) = ${(indexPages / sizes.text).toFixed(2)}× the text`,
  );

  const index = searchIndexOf(lib.db);
  let t = performance.now();
  index.sync();
  const heap = process.memoryUsage();
  console.log(
    `first search loads the index: ${(performance.now() - t).toFixed(0)} ms; process memory then: ` +
      `${mb(heap.rss)} MB resident, ${mb(heap.heapUsed + heap.arrayBuffers)} MB JS heap and buffers`,
  );

  const texts = lib.db.prepare('SELECT text FROM blocks ORDER BY id').pluck().all() as string[];
  const random = prng(42);
  const cut = (len: number) => {
    for (;;) {
      const text = texts[Math.floor(random() * texts.length)]!;
      const at = Math.floor(random() * Math.max(1, text.length - len));
      const term = text.slice(at, at + len);
      if (term.length === len && !/[\s"＂\-－]/.test(term)) return term;
    }
  };
  const kinds: Record<string, () => string> = {
    '1 char': () => cut(1),
    '2 chars': () => cut(2),
    '3 chars': () => cut(3),
    '4-6 chars': () => cut(4 + Math.floor(random() * 3)),
    'two terms': () => `${cut(2)} ${cut(1 + Math.floor(random() * 3))}`,
    'phrase, exclude': () => `"${cut(2 + Math.floor(random() * 3))}" -${cut(2)}`,
  };
  const sets = Object.entries(kinds).map(([kind, make]) => ({ kind, queries: Array.from({ length: QUERIES_PER_KIND }, make) }));
  // Warm up (JIT), then time every query; brute force runs afterwards so its garbage does not land in the timings.
  for (const { queries } of sets) for (const query of queries.slice(0, 5)) searchBlocks(lib.db, index, { query, limit: 50 });
  const timed = sets.map(({ kind, queries }) => ({
    kind,
    queries,
    runs: queries.map((query) => {
      // Each query three times, its median counted: this machine is shared, and one stray pause of
      // another process should not decide a percentile.
      const times: number[] = [];
      let total = 0;
      for (let r = 0; r < RUNS_PER_QUERY; r++) {
        const t0 = performance.now();
        total = searchBlocks(lib.db, index, { query, limit: 50 }).total;
        times.push(performance.now() - t0);
      }
      return { query, total, ms: times.sort((a, b) => a - b)[Math.floor(RUNS_PER_QUERY / 2)]! };
    }),
  }));
  console.log(`\nload average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} cores`);
  console.log(`queries (top 50 with snippets, in process, median of ${RUNS_PER_QUERY} runs each)`);
  console.log('                                                  p50      p95      max    brute p50   speed-up');
  for (const { kind, queries, runs } of timed) {
    const times = runs.map((r) => r.ms).sort((a, b) => a - b);
    const slowest = runs.reduce((a, b) => (b.ms > a.ms ? b : a));
    const brute = queries
      .slice(0, noBrute ? 0 : BRUTE_PER_KIND)
      .map((query) => {
        const t0 = performance.now();
        bruteForceSearch(lib.db, query);
        return performance.now() - t0;
      })
      .sort((a, b) => a - b);
    const p50 = percentile(times, 50);
    console.log(
      `  ${kind.padEnd(46)} ${ms(p50)} ${ms(percentile(times, 95))} ${ms(times.at(-1)!)}  ${noBrute ? '' : `${ms(percentile(brute, 50))}   ${(percentile(brute, 50) / p50).toFixed(0)}×`}` +
        `   slowest: ${slowest.query} (${slowest.total} hits)`,
    );
  }
  console.log(`\nexamples: ${['的', '发展', '经济发展', '长株潭', 'PM2.5', '人民 -经济'].map((q) => `${q} → ${searchBlocks(lib.db, index, { query: q }).total}`).join(', ')}`);
  lib.close();
  if (!keepFile) fs.rmSync(dir, { recursive: true, force: true });
}

const mb = (bytes: number) => Math.round((bytes / 1e6) * 10) / 10;
const ms = (v: number) => `${v.toFixed(2).padStart(6)} ms`;

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
