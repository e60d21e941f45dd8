#!/usr/bin/env node
// Time the import of a folder of law-like Markdown through the real CLI (build first: npm run build):
//   node test/bench/import-law-corpus.mjs [FOLDER] [MEGABYTES=60]
// Without FOLDER, a corpus of MEGABYTES is made in a temp folder by make-law-corpus.mjs.
// Prints files, megabytes, seconds and MB/s, and checks that the laws came in with their 章/节/条.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const cli = path.resolve(here, '..', '..', 'out', 'main', 'policy-reader.js');
if (!fs.existsSync(cli)) throw new Error(`build first (npm run build): ${cli} is missing`);
let [folder, megabytes = '60'] = process.argv.slice(2);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'law-bench-'));
if (!folder) {
  folder = path.join(work, 'laws');
  const made = spawnSync(process.execPath, [path.join(here, 'make-law-corpus.mjs'), folder, megabytes], { stdio: 'inherit' });
  if (made.status !== 0) process.exit(1);
}
const files = fs.readdirSync(folder).filter((f) => f.endsWith('.md'));
const bytes = files.reduce((n, f) => n + fs.statSync(path.join(folder, f)).size, 0);
const db = path.join(work, 'library.db');

const run = (args) => {
  const r = spawnSync(process.execPath, [cli, '--db', db, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`policy-reader ${args.join(' ')} failed: ${r.stderr.slice(-2000)}`);
  return r;
};
const started = process.hrtime.bigint();
const imported = JSON.parse(run(['import', folder, '--json']).stdout);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const failed = imported.filter((r) => !r.ok);

// Structure check on a sample: every law has chapters and articles, articles sit below chapters.
let checked = 0;
for (const r of imported.filter((_, i) => i % Math.ceil(imported.length / 20) === 0)) {
  const toc = JSON.parse(run(['toc', String(r.docId), '--json']).stdout);
  const chapters = toc.filter((h) => /^第.+章/.test(h.title));
  const articles = toc.filter((h) => /^第.+条$/.test(h.title));
  if (chapters.length === 0 || articles.length === 0 || articles.some((a) => a.level <= chapters[0].level)) {
    throw new Error(`law #${r.docId} lacks its structure: ${JSON.stringify(toc.slice(0, 5))}`);
  }
  checked++;
}
const mb = bytes / 1024 / 1024;
console.log(
  JSON.stringify({ files: files.length, megabytes: +mb.toFixed(1), seconds: +seconds.toFixed(1), mbPerSecond: +(mb / seconds).toFixed(2), failed: failed.length, structureChecked: checked }),
);
fs.rmSync(work, { recursive: true, force: true });
