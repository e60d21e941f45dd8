// `npm run bench:responsive [MB]`: browser mode answers while it imports. Starts the built server
// (out/main/serve.js) on a temp library, imports a folder of the corpora repeated to 60 MB over HTTP
// and, while that runs, calls list / search / text in a loop. Prints the latency of those reads
// against a baseline of the same reads with no import running, and the load average beside them.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpusFolder, percentile, readsWhileImporting, startBrowserMode, timedReads } from './responsive-probe';

const here = path.dirname(fileURLToPath(import.meta.url));
const megabytes = Number(process.argv[2] ?? 60);
const corpora = process.env.POLICY_READER_CORPORA ?? path.resolve(here, '..', '..', '..', 'shared', 'corpora');

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-reader-responsive-'));
  const folder = buildCorpusFolder(corpora, path.join(dir, 'texts'), megabytes);
  console.log(`folder: ${folder.files} files, ${(folder.bytes / 1048576).toFixed(1)} MB`);
  const server = await startBrowserMode(spawn, path.join(here, 'serve.js'), path.join(dir, 'library.db'));
  try {
    // Something to read while the big import runs, and the baseline: the same reads, nothing else running.
    await server.call('importPaths', { paths: [path.join(corpora, 'cpc-congress-reports')] });
    const baseline = await timedReads(server, 150);
    const during = await readsWhileImporting(server, folder.dir);
    // The same reads on the full library with nothing running: what its size alone costs.
    const after = await timedReads(server, 150);
    const row = (name: string, ms: number[]) => {
      const sorted = [...ms].sort((a, b) => a - b);
      return `${name.padEnd(18)} n=${String(sorted.length).padStart(4)}  p50 ${percentile(sorted, 50).toFixed(1)} ms  p95 ${percentile(sorted, 95).toFixed(1)} ms  max ${sorted.at(-1)!.toFixed(1)} ms`;
    };
    console.log(row('idle (baseline)', baseline.all));
    console.log(row('during import', during.latencies));
    for (const [kind, ms] of Object.entries(during.byKind)) console.log(row(`  ${kind}`, ms));
    console.log(row('idle, full library', after.all));
    for (const [kind, ms] of Object.entries(after.byKind)) console.log(row(`  ${kind}`, ms));
    const p95 = percentile([...during.latencies].sort((a, b) => a - b), 95);
    const base95 = percentile([...baseline.all].sort((a, b) => a - b), 95);
    console.log(`import: ${(during.importMs / 1000).toFixed(1)} s, ${during.progressEvents} progress events, ${during.readsBeforeDone} reads answered before it finished`);
    const after95 = percentile([...after.all].sort((a, b) => a - b), 95);
    console.log(
      `p95 during import ${p95.toFixed(1)} ms (budget 100 ms), ${(p95 / base95).toFixed(1)}× the idle p95 before it, ${(p95 / after95).toFixed(1)}× the idle p95 on the full library`,
    );
    console.log(`load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} (${os.cpus().length} cores)`);
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
