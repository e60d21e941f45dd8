// Benchmark: how long opening a document takes until its first paragraph is on screen, in browser mode.
// Budget: 300 ms for every document, including a 300,000-character one built from the shared corpora.
// Run after a build: `npm run bench:open` (options: --runs N). Exits non-zero when the budget is exceeded.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_LAUNCH } from '../helpers/chromium.ts';
import { callApi, startServer, stopServer } from '../helpers/browser-mode-server.ts';
import { chromium, type Page } from '@playwright/test';

const BUDGET_MS = 300;
const LONG_CHARS = 300_000;
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpora = path.resolve(repoRoot, '..', 'shared', 'corpora');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;

/** The longest corpus texts, joined until the result has at least LONG_CHARS characters. */
function longText(): { text: string; sources: number } {
  const files = fs
    .readdirSync(corpora, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.txt') && e.name !== 'README.md')
    .map((e) => path.join(e.parentPath, e.name))
    .sort((a, b) => fs.statSync(b).size - fs.statSync(a).size);
  const parts: string[] = [];
  let chars = 0;
  for (const file of files) {
    if (chars >= LONG_CHARS) break;
    const text = fs.readFileSync(file, 'utf8');
    parts.push(text);
    chars += [...text].length;
  }
  return { text: parts.join('\n\n'), sources: parts.length };
}

/** Click the document in the library and time until its first paragraph is laid out and painted. */
async function timeOpen(page: Page, title: string): Promise<number> {
  return page.evaluate(
    (title) =>
      new Promise<number>((resolve, reject) => {
        const button = [...document.querySelectorAll('nav[aria-label="文库"] button')].find(
          // A copy of a work is listed under the work by its copy label, and named in full by its aria-label.
          (b) => b.querySelector('.doc-title')?.textContent === title || b.getAttribute('aria-label')?.startsWith(`${title}（`),
        ) as HTMLButtonElement | undefined;
        if (!button) return reject(new Error(`not in the library: ${title}`));
        const start = performance.now();
        button.click();
        const check = () => {
          const paragraph = document.querySelector('.text-scroll .paragraph');
          if (paragraph && paragraph.getBoundingClientRect().height > 0) {
            // The frame after layout is the one that shows it.
            requestAnimationFrame(() => resolve(performance.now() - start));
          } else if (performance.now() - start > 10_000) reject(new Error(`timed out opening ${title}`));
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    title,
  );
}

/** Scroll the open text by 600 px per frame for 150 frames; frame times show whether scrolling stays smooth. */
async function scrollFrames(page: Page): Promise<{ median: number; p95: number; rendered: number }> {
  return page.evaluate(
    () =>
      new Promise<{ median: number; p95: number; rendered: number }>((resolve) => {
        const scroller = document.querySelector('.text-scroll')!;
        const gaps: number[] = [];
        let last = performance.now();
        let rendered = 0;
        const step = (frame: number) => {
          scroller.scrollBy(0, 600);
          const now = performance.now();
          gaps.push(now - last);
          last = now;
          rendered = Math.max(rendered, document.querySelectorAll('.text-scroll [data-block-id]').length);
          if (frame < 150) requestAnimationFrame(() => step(frame + 1));
          else {
            gaps.sort((a, b) => a - b);
            resolve({ median: gaps[Math.floor(gaps.length / 2)]!, p95: gaps[Math.floor(gaps.length * 0.95)]!, rendered });
          }
        };
        requestAnimationFrame(() => step(0));
      }),
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(repoRoot, 'out', 'main', 'serve.js'))) throw new Error('Build first: npm run build');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-reader-bench-'));
  const server = await startServer({ dbPath: path.join(dir, 'library.db') });
  const { url } = server;
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    const long = longText();
    const longName = `长文档基准（${long.sources} 篇语料合并）.txt`;
    const [imported] = await callApi<{ ok: boolean; title: string; error: { message: string } }[]>(server, 'importUploads', { files: [{ name: longName, dataBase64: Buffer.from(long.text).toString('base64') }] });
    if (!imported?.ok) throw new Error(`could not import the long text: ${imported?.error.message}`);
    const docs: { id: number; title: string; chars: number; blockCount: number }[] = await callApi(server, 'listDocuments', {});
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    console.log(`Opening each of ${docs.length} documents ${RUNS} times (cold: fresh page, nothing cached). Budget ${BUDGET_MS} ms.\n`);
    const rows: { title: string; chars: number; blocks: number; median: number; worst: number }[] = [];
    for (const doc of docs) {
      const times: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        await callApi(server, 'setPreferences', { openDocIds: [], activeDocId: null });
        await page.goto(url);
        await page.waitForSelector('nav[aria-label="文库"] button');
        times.push(await timeOpen(page, doc.title));
      }
      rows.push({ title: doc.title, chars: doc.chars, blocks: doc.blockCount, median: median(times), worst: Math.max(...times) });
    }
    for (const r of rows)
      console.log(`${r.median.toFixed(0).padStart(5)} ms median  ${r.worst.toFixed(0).padStart(5)} ms worst  ${String(r.chars).padStart(7)} chars ${String(r.blocks).padStart(5)} blocks  ${r.title}`);
    const longRow = rows.find((r) => r.title === imported.title)!;
    const scroll = await scrollFrames(page);
    console.log(`\nLongest text: ${longRow.chars} characters in ${longRow.blocks} blocks, opened in ${longRow.median.toFixed(0)} ms (median of ${RUNS}).`);
    console.log(`Scrolling it 600 px per frame: frame time median ${scroll.median.toFixed(1)} ms, p95 ${scroll.p95.toFixed(1)} ms; at most ${scroll.rendered} blocks in the DOM.`);
    const over = rows.filter((r) => r.median > BUDGET_MS);
    console.log(over.length === 0 ? `\nAll documents open within ${BUDGET_MS} ms.` : `\nOver budget: ${over.map((r) => r.title).join('、')}`);
    process.exitCode = over.length === 0 ? 0 : 1;
  } finally {
    await browser.close();
    await stopServer(server);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 2;
});
