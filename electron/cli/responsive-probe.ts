// Drives browser mode from outside, as a page would: used by the responsiveness test and bench.
import type { spawn as spawnFn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { CoreEvent } from '../shared/core-events';

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** The corpora's .txt files copied into `dir` until they reach `megabytes`; each copy differs by its last line. */
export function buildCorpusFolder(corpora: string, dir: string, megabytes: number): { dir: string; files: number; bytes: number } {
  const sources = fs
    .readdirSync(corpora, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.txt'))
    .map((e) => fs.readFileSync(path.join(e.parentPath, e.name)));
  if (sources.length === 0) throw new Error(`No .txt files in ${corpora}`);
  fs.mkdirSync(dir, { recursive: true });
  let bytes = 0;
  let files = 0;
  for (let copy = 0; bytes < megabytes * 1048576; copy++) {
    for (const source of sources) {
      if (bytes >= megabytes * 1048576) break;
      const data = Buffer.concat([source, Buffer.from(`\n\n（副本 ${copy}）\n`)]);
      fs.writeFileSync(path.join(dir, `${String(files).padStart(5, '0')}.txt`), data);
      bytes += data.length;
      files++;
    }
  }
  return { dir, files, bytes };
}

export interface BrowserMode {
  url: string;
  call(name: string, args: unknown): Promise<unknown>;
  /** Subscribe to /api/events; resolves once the stream is open. */
  events(listener: (event: CoreEvent) => void): Promise<() => void>;
  stop(): Promise<void>;
}

export async function startBrowserMode(spawn: typeof spawnFn, servePath: string, dbPath: string): Promise<BrowserMode> {
  const child = spawn(process.execPath, [servePath, '--db', dbPath, '--port', '0', '--no-seed'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const printed = await new Promise<string>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/\S*/.exec(output);
      if (match) resolve(match[0]);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
  // The printed address carries this run's access token (see electron/server/access-token.ts).
  const address = new URL(printed);
  const token = address.searchParams.get('token') ?? '';
  const url = `${address.origin}/`;
  const call = async (name: string, args: unknown) => {
    const response = await fetch(`${url}api/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-policy-reader-token': token },
      body: JSON.stringify(args),
    });
    const body = (await response.json()) as { ok: boolean; result?: unknown; error?: { message: string } };
    if (!body.ok) throw new Error(`${name}: ${body.error?.message}`);
    return body.result;
  };
  const events = async (listener: (event: CoreEvent) => void) => {
    const controller = new AbortController();
    const response = await fetch(`${url}api/events?token=${encodeURIComponent(token)}`, { signal: controller.signal });
    if (!response.ok || !response.body) throw new Error(`/api/events answered ${response.status}`);
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    void (async () => {
      let buffer = '';
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          buffer += value;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const message = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const data = message.split('\n').find((l) => l.startsWith('data: '));
            if (data) listener(JSON.parse(data.slice(6)) as CoreEvent);
          }
        }
      } catch {
        // aborted
      }
    })();
    return () => controller.abort();
  };
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { url, call, events, stop };
}

const QUERIES = ['发展', '改革', '人民', '经济建设', '社会主义', '科技 创新'];

/** One read of each kind in turn: the library list, a search, a document's text. */
async function oneRead(server: BrowserMode, i: number, docIds: number[]): Promise<string> {
  const kind = i % 3;
  if (kind === 0) {
    await server.call('listDocuments', {});
    return 'list';
  }
  if (kind === 1) {
    await server.call('search', { query: QUERIES[i % QUERIES.length], limit: 20 });
    return 'search';
  }
  await server.call('getBlocks', { docId: docIds[i % docIds.length] });
  return 'text';
}

async function documentIds(server: BrowserMode): Promise<number[]> {
  const docs = (await server.call('listDocuments', {})) as { id: number }[];
  if (docs.length === 0) throw new Error('Import something before timing reads');
  return docs.map((d) => d.id);
}

/** The latency of `count` reads in a row (ms), all and by kind. */
export async function timedReads(server: BrowserMode, count: number): Promise<{ all: number[]; byKind: Record<string, number[]> }> {
  const docIds = await documentIds(server);
  const all: number[] = [];
  const byKind: Record<string, number[]> = {};
  for (let i = 0; i < count; i++) {
    const t = performance.now();
    const kind = await oneRead(server, i, docIds);
    const ms = performance.now() - t;
    all.push(ms);
    (byKind[kind] ??= []).push(ms);
  }
  return { all, byKind };
}

/** What happened, in order, while a folder import ran: reads answered, progress events, the import's end. */
export type Happening = { kind: 'read'; read: string } | { kind: 'progress'; done: number } | { kind: 'change'; method: string } | { kind: 'imported' };

export interface ImportRun {
  timeline: Happening[];
  latencies: number[];
  /** The same latencies by kind of read (list, search, text). */
  byKind: Record<string, number[]>;
  progressEvents: number;
  readsBeforeDone: number;
  importMs: number;
  results: { ok: boolean }[];
}

/** Import `folder` over HTTP and, until it finishes, read in a loop; the timeline keeps the order of things. */
export async function readsWhileImporting(server: BrowserMode, folder: string): Promise<ImportRun> {
  const docIds = await documentIds(server);
  const timeline: Happening[] = [];
  const unsubscribe = await server.events((event) => {
    if (event.type === 'progress') timeline.push({ kind: 'progress', done: event.progress.done });
    else timeline.push({ kind: 'change', method: event.method });
  });
  const latencies: number[] = [];
  const byKind: Record<string, number[]> = {};
  let finished = false;
  const started = performance.now();
  const importing = (server.call('importPaths', { paths: [folder] }) as Promise<{ ok: boolean }[]>).then((results) => {
    finished = true;
    timeline.push({ kind: 'imported' });
    return results;
  });
  let readsBeforeDone = 0;
  for (let i = 0; !finished; i++) {
    const t = performance.now();
    const read = await oneRead(server, i, docIds);
    if (finished) break;
    const ms = performance.now() - t;
    latencies.push(ms);
    (byKind[read] ??= []).push(ms);
    timeline.push({ kind: 'read', read });
    readsBeforeDone++;
  }
  const results = await importing;
  const importMs = performance.now() - started;
  // The change event of the import may trail its answer by a moment.
  for (let wait = 0; wait < 50 && !timeline.some((h) => h.kind === 'change'); wait++) await new Promise((r) => setTimeout(r, 20));
  unsubscribe();
  const progressEvents = timeline.filter((h) => h.kind === 'progress').length;
  return { timeline, latencies, byKind, progressEvents, readsBeforeDone, importMs, results };
}
