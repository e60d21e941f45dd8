// `npm run bench [FOLDER] [--mb N] [--keep FILE]`: import a corpus (repeated until it reaches 60 MB) into a
// temp library, build in the same run and from the same paragraphs the plain baseline (an FTS5 trigram
// table, LIKE for terms under three characters, top 50 with snippet and exact count), and print both side
// by side per query kind; then the first search of a fresh CLI process against a `meta` call, the peak
// RSS of one process answering 150 queries, the index size and the load average.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { expandPaths, importFileBytes } from '../core/import/import-files';
import { openLibrary } from '../core/open-library';
import { indexDirtyDocuments } from '../core/search/index-store';
import { searchBlocks } from '../core/search/search-blocks';

const DEFAULT_TARGET_MB = 60;
const QUERIES_PER_KIND = 40;
const RUNS_PER_QUERY = 3;
const BASELINE_LIMIT = 50;

const here = path.dirname(fileURLToPath(import.meta.url));
const cliPath = path.join(here, 'policy-reader.js');
const args = process.argv.slice(2);
const keepAt = args.indexOf('--keep');
/** `--keep FILE`: build the library in FILE and keep it; a second run with the same FILE skips the import. */
const keepFile = keepAt >= 0 ? path.resolve(args.splice(keepAt, 2)[1] ?? '') : null;
const mbAt = args.indexOf('--mb');
const TARGET_BYTES = (mbAt >= 0 ? Number(args.splice(mbAt, 2)[1]) : DEFAULT_TARGET_MB) * 1024 * 1024;
if (!(TARGET_BYTES > 0)) throw new Error('--mb needs a positive number');
const folder = path.resolve(args[0] ?? path.join(here, '..', '..', '..', 'shared', 'corpora'));

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mb = (bytes: number) => Math.round((bytes / 1e6) * 10) / 10;
const ms = (v: number) => `${v.toFixed(2).padStart(7)} ms`;
const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');

function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** The plain way: an FTS5 trigram table over the paragraphs, LIKE where a term is under three characters. */
class Baseline {
  readonly db: Database.Database;
  buildMs = 0;
  constructor(file: string, texts: Iterable<[number, string]>) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.exec("CREATE VIRTUAL TABLE fts USING fts5 (text, tokenize = 'trigram')");
    const insert = this.db.prepare('INSERT INTO fts (rowid, text) VALUES (?, ?)');
    const t = performance.now();
    this.db.transaction(() => {
      for (const [id, text] of texts) insert.run(id, text);
    })();
    this.buildMs = performance.now() - t;
  }

  search(query: string): number {
    const terms = query.split(/\s+/).filter(Boolean).map((t) => t.replace(/^"|"$/g, ''));
    const long = terms.filter((t) => [...t].length >= 3);
    const short = terms.filter((t) => [...t].length < 3);
    const where: string[] = [];
    const params: string[] = [];
    if (long.length > 0) {
      where.push('fts MATCH ?');
      params.push(long.map((t) => `"${t.replace(/"/g, '""')}"`).join(' AND '));
    }
    for (const t of short) {
      where.push("text LIKE ? ESCAPE '\\'");
      params.push(`%${t.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    }
    const cond = where.join(' AND ');
    this.db.prepare(`SELECT rowid, snippet(fts, 0, '[', ']', '…', 16) FROM fts WHERE ${cond} LIMIT ${BASELINE_LIMIT}`).all(...params);
    return this.db.prepare(`SELECT count(*) FROM fts WHERE ${cond}`).pluck().get(...params) as number;
  }
}

function runCli(argv: string[], input?: string): { ms: number; stdout: string; stderr: string; status: number | null } {
  const t = performance.now();
  const r = spawnSync(process.execPath, argv, { input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { ms: performance.now() - t, stdout: r.stdout, stderr: r.stderr, status: r.status };
}

async function main() {
  // Import speed, size, memory and open time against the plain way, in child processes (bench-import.ts).
  const importBench = spawnSync(process.execPath, [path.join(here, 'bench-import.js'), folder, '--mb', String(TARGET_BYTES / 1024 / 1024)], { stdio: 'inherit' });
  if (importBench.status !== 0) throw new Error('the import bench failed');
  const { files } = expandPaths([folder]);
  if (files.length === 0) throw new Error(`No importable files in ${folder}`);
  const sources = files.map((f) => ({ name: path.basename(f), bytes: fs.readFileSync(f) }));
  const corpusBytes = sources.reduce((n, s) => n + s.bytes.length, 0);
  const copies = Math.max(1, Math.ceil(TARGET_BYTES / corpusBytes));
  const dir = keepFile ? path.dirname(keepFile) : fs.mkdtempSync(path.join(os.tmpdir(), 'policy-reader-bench-'));
  const libFile = keepFile ?? path.join(dir, 'library.db');
  let lib = openLibrary(libFile);
  const reuse = keepFile !== null && (lib.db.prepare('SELECT count(*) FROM documents').pluck().get() as number) > 0;
  console.log(`corpus ${folder}: ${files.length} files, ${mb(corpusBytes)} MB, ${reuse ? 'reusing' : `imported ${copies}× into`} ${libFile}`);
  let imported = 0;
  let importMs = 0;
  for (let copy = 0; copy < (reuse ? 0 : copies); copy++) {
    for (const s of sources) {
      // Each copy differs by a last line, so it is a new document rather than a duplicate.
      const bytes = copy === 0 ? s.bytes : Buffer.concat([s.bytes, Buffer.from(`\n\n（基准副本 ${copy}）\n`)]);
      const t = performance.now();
      const r = await importFileBytes(lib, s.name, bytes, null);
      importMs += performance.now() - t;
      if (!r.ok) throw new Error(`${s.name}: ${r.error?.message}`);
      imported += bytes.length;
    }
    process.stderr.write(`  copy ${copy + 1}/${copies}\r`);
  }
  if (!reuse) console.log(`import incl. clean-up and search indexing: ${mb(imported)} MB in ${(importMs / 1000).toFixed(1)} s (load ${load()})`);

  // The index build alone, on the same paragraphs the baseline gets: drop and rebuild it.
  lib.db.exec("DELETE FROM search_docs; INSERT INTO search_grams (search_grams) VALUES ('delete-all'); INSERT OR IGNORE INTO search_dirty (doc_id) SELECT id FROM documents");
  let t = performance.now();
  lib.db.transaction(() => indexDirtyDocuments(lib.db))();
  const ourBuildMs = performance.now() - t;
  const baselineFile = path.join(dir, 'baseline.db');
  fs.rmSync(baselineFile, { force: true });
  const baseline = new Baseline(baselineFile, lib.db.prepare('SELECT id, text FROM blocks ORDER BY id').raw().iterate() as Iterable<[number, string]>);
  lib.db.pragma('wal_checkpoint(TRUNCATE)');
  baseline.db.pragma('wal_checkpoint(TRUNCATE)');

  const sizes = lib.db
    .prepare(
      `SELECT (SELECT count(*) FROM documents) AS docs, (SELECT count(*) FROM blocks) AS blocks,
              (SELECT sum(length(CAST(text AS BLOB))) FROM blocks) AS text`,
    )
    .get() as { docs: number; blocks: number; text: number };
  const indexBytes = lib.db.prepare("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'search_%'").pluck().get() as number;
  const baselineBytes = baseline.db.prepare("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'fts%'").pluck().get() as number;
  const fileBytes = fs.statSync(libFile).size;
  console.log(`library: ${sizes.docs} documents, ${sizes.blocks} paragraphs, ${mb(sizes.text)} MB of text; library file ${mb(fileBytes)} MB = ${(fileBytes / sizes.text).toFixed(2)}× the text`);
  console.log(`index build from the paragraphs: ours ${(ourBuildMs / 1000).toFixed(1)} s, baseline FTS5 trigram ${(baseline.buildMs / 1000).toFixed(1)} s (ratio ${(ourBuildMs / baseline.buildMs).toFixed(2)})`);
  console.log(`index size: ours ${mb(indexBytes)} MB = ${(indexBytes / sizes.text).toFixed(2)}× the text; baseline ${mb(baselineBytes)} MB = ${(baselineBytes / sizes.text).toFixed(2)}× (it keeps its own copy of the text)`);

  // Queries cut from the texts, deterministic.
  const texts = lib.db.prepare('SELECT text FROM blocks ORDER BY id').pluck().all() as string[];
  const random = prng(42);
  const cut = (len: number, ok: RegExp = /^[\u4e00-\u9fff]+$/) => {
    for (;;) {
      const text = texts[Math.floor(random() * texts.length)]!;
      const at = Math.floor(random() * Math.max(1, text.length - len));
      const term = text.slice(at, at + len);
      if (term.length === len && ok.test(term)) return term;
    }
  };
  const latin = texts.flatMap((x) => x.match(/[A-Za-z0-9][A-Za-z0-9.%&]*[A-Za-z0-9%]|[A-Za-z0-9]+/g) ?? []).filter((x) => /[A-Za-z]/.test(x) || x.length >= 2);
  const kinds: Record<string, () => string> = {
    '1 character': () => cut(1),
    '2 characters': () => cut(2),
    '3–4 characters': () => cut(3 + Math.floor(random() * 2)),
    '5–12 character phrases': () => cut(5 + Math.floor(random() * 8)),
    'several terms': () => Array.from({ length: 2 + Math.floor(random() * 2) }, () => cut(2)).join(' '),
    'mixed Latin/digits': () => {
      const token = latin[Math.floor(random() * latin.length)] ?? 'GDP';
      return random() < 0.5 ? token : `${token}${cut(1)}`.slice(0, 12);
    },
  };
  const sets = Object.entries(kinds).map(([kind, make]) => ({ kind, queries: Array.from({ length: QUERIES_PER_KIND }, make) }));
  for (const { queries } of sets) for (const query of queries.slice(0, 3)) searchBlocks(lib.db, { query, limit: 50 }), baseline.search(query);

  const timeOf = (f: () => number) => {
    const times: number[] = [];
    let total = 0;
    for (let r = 0; r < RUNS_PER_QUERY; r++) {
      const t0 = performance.now();
      total = f();
      times.push(performance.now() - t0);
    }
    return { total, ms: median(times) };
  };
  console.log(`\nqueries: top 50 with snippets and the exact total, in process, median of ${RUNS_PER_QUERY} runs each, ${QUERIES_PER_KIND} queries per kind (load ${load()})`);
  console.log(`${'kind'.padEnd(26)}${'ours p50'.padStart(11)}${'ours p95'.padStart(11)}${'base p50'.padStart(11)}${'base p95'.padStart(11)}  p50 ×  p95 ×  budget`);
  const verdicts: string[] = [];
  for (const { kind, queries } of sets) {
    const ours: number[] = [];
    const base: number[] = [];
    for (const query of queries) {
      const a = timeOf(() => searchBlocks(lib.db, { query, limit: 50 }).total);
      const b = timeOf(() => baseline.search(query));
      ours.push(a.ms);
      base.push(b.ms);
    }
    ours.sort((x, y) => x - y);
    base.sort((x, y) => x - y);
    const p50 = percentile(base, 50) / percentile(ours, 50);
    const p95 = percentile(base, 95) / percentile(ours, 95);
    const needs5 = kind === '1 character' || kind === '2 characters' || kind === 'several terms';
    const ok = percentile(ours, 95) <= percentile(base, 95) && (!needs5 || p50 >= 5);
    verdicts.push(`${kind}: ${ok ? 'ok' : 'MISSED'}`);
    console.log(
      `${kind.padEnd(26)}${ms(percentile(ours, 50))}${ms(percentile(ours, 95))}${ms(percentile(base, 50))}${ms(percentile(base, 95))}  ${p50.toFixed(1).padStart(5)} ${p95.toFixed(1).padStart(5)}  ${ok ? 'ok' : 'MISSED'}${needs5 ? ' (≥5×)' : ''}`,
    );
  }
  const big = searchBlocks(lib.db, { query: '的', limit: 50 });
  console.log(`largest answer: 的 → ${big.total} paragraphs in ${big.docs.length} documents, first page in ${big.tookMs} ms`);
  lib.close();
  baseline.db.close();

  // A fresh process: the CLI's floor (`meta` on a document) against its first search.
  const docId = (() => {
    const db = new Database(libFile, { readonly: true });
    const id = db.prepare('SELECT min(id) FROM documents').pluck().get() as number;
    db.close();
    return id;
  })();
  const coldQueries = ['交通', '国务院', '发展', '绿色 低碳', '高质量发展', '的'];
  const metaMs: number[] = [];
  const searchMs: number[] = [];
  for (let i = 0; i < coldQueries.length; i++) {
    metaMs.push(runCli([cliPath, '--db', libFile, 'meta', String(docId), '--json']).ms);
    const r = runCli([cliPath, '--db', libFile, 'search', coldQueries[i]!, '--limit', '50', '--json']);
    if (r.status !== 0) throw new Error(`search failed: ${r.stderr}`);
    searchMs.push(r.ms);
  }
  const coldGap = median(searchMs) - median(metaMs);
  console.log(`\nfresh process (median of ${coldQueries.length}): meta ${median(metaMs).toFixed(0)} ms, first search ${median(searchMs).toFixed(0)} ms: +${coldGap.toFixed(0)} ms (budget +150 ms: ${coldGap <= 150 ? 'ok' : 'MISSED'}) (load ${load()})`);

  // Peak RSS of one process answering 150 queries from stdin.
  const probe = path.join(dir, 'max-rss.cjs');
  fs.writeFileSync(probe, "process.on('exit', () => process.stderr.write(`max-rss ${process.resourceUsage().maxRSS}\\n`));\n");
  const stream = sets.flatMap((s) => s.queries).slice(0, 150);
  while (stream.length < 150) stream.push(...coldQueries);
  const rss = runCli(['--require', probe, cliPath, '--db', libFile, 'search', '--stdin', '--json', '--limit', '50'], stream.slice(0, 150).join('\n') + '\n');
  const maxRssKb = Number(/max-rss (\d+)/.exec(rss.stderr)?.[1] ?? NaN);
  console.log(`one process answering 150 queries: ${(rss.ms / 1000).toFixed(1)} s, peak RSS ${(maxRssKb / 1024).toFixed(0)} MB (budget 150 MB: ${maxRssKb / 1024 <= 150 ? 'ok' : 'MISSED'})`);
  console.log(`\n${verdicts.join('; ')}`);
  console.log(`load average at the end: ${load()} on ${os.cpus().length} cores`);
  if (!keepFile) fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((err) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
