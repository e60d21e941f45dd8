// Benchmark: typing in the library search box of the UI, from the last keystroke to results painted,
// in browser mode on a given library (default: the seeds). Budget: 100 ms plus the debounce.
// Run after a build: `node --experimental-strip-types --no-warnings test/bench/search-typing.ts [--db FILE] [--runs N]`.
// It prints the figures with the load average; it is a measurement, not a test.
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM_LAUNCH } from '../helpers/chromium.ts';
import { startServer, stopServer } from '../helpers/browser-mode-server.ts';
import { chromium } from '@playwright/test';

const DEBOUNCE_MS = 120; // renderer/src/search/useLatestSearch.ts
const BUDGET_MS = 100;
const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const dbPath = arg('--db') ?? path.join(os.tmpdir(), `search-typing-${process.pid}.db`);
const RUNS = Number(arg('--runs') ?? 3);
const QUERIES = ['交通', '国务院', '高质量发展', '绿色 低碳', '的', '生态环境保护', 'GDP', '长株潭'];

async function main() {
  const server = await startServer({ dbPath, seed: !arg('--db') });
  const { url } = server;
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(url);
    const box = page.getByRole('searchbox', { name: '搜索全部文件' });
    const times: number[] = [];
    const byQuery = new Map<string, number[]>();
    for (let run = 0; run < RUNS; run++) {
      for (const query of QUERIES) {
        await box.fill('');
        await box.focus();
        // Type all but the last character, then time the last keystroke to the painted answer for the whole query.
        await page.keyboard.type(query.slice(0, -1), { delay: 30 });
        const ms = await page.evaluate(
          ({ last, query }) =>
            new Promise<number>((resolve, reject) => {
              const status = () => document.querySelector('.search-status [aria-live]')?.textContent ?? '';
              const input = document.querySelector<HTMLInputElement>('input[aria-label="搜索全部文件"]')!;
              const started = performance.now();
              setTimeout(() => reject(new Error(`no results painted for ${query} in 30 s: ${status()}`)), 30_000);
              const observer = new MutationObserver(() => {
                const text = status();
                if (input.value === query && /段，|没有找到/.test(text + (document.querySelector('.search-empty')?.textContent ?? '')) && !text.endsWith('…')) {
                  observer.disconnect();
                  requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started)));
                }
              });
              observer.observe(document.body, { subtree: true, childList: true, characterData: true });
              input.dispatchEvent(new KeyboardEvent('keydown', { key: last, bubbles: true }));
              const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
              setter.call(input, query);
              input.dispatchEvent(new Event('input', { bubbles: true }));
            }),
          { last: query.slice(-1), query },
        );
        times.push(ms - DEBOUNCE_MS);
        byQuery.set(query, [...(byQuery.get(query) ?? []), Math.round(ms - DEBOUNCE_MS)]);
      }
    }
    times.sort((a, b) => a - b);
    console.log([...byQuery].map(([q, t]) => `${q}: ${t.join(', ')} ms`).join('; '));
    const p = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!;
    console.log(`library ${dbPath}; ${times.length} timings (${RUNS} × ${QUERIES.length} queries); load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    console.log(`last keystroke to painted results, minus the ${DEBOUNCE_MS} ms debounce: p50 ${p(0.5).toFixed(0)} ms, p95 ${p(0.95).toFixed(0)} ms, max ${times.at(-1)!.toFixed(0)} ms (budget ${BUDGET_MS} ms: ${p(0.95) <= BUDGET_MS ? 'ok' : 'MISSED'})`);
  } finally {
    await browser.close();
    await stopServer(server);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
