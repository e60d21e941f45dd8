import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './fixtures';

async function call<T>(baseUrl: string, name: string, args: unknown): Promise<T> {
  const response = await fetch(`${baseUrl}api/${name}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(args) });
  const body = (await response.json()) as { ok: boolean; result: T; error?: unknown };
  if (!body.ok) throw new Error(JSON.stringify(body.error));
  return body.result;
}

test('document text that looks like HTML is shown as text and never runs', async ({ page, server }) => {
  const text = [
    '关于<b>加强</b>安全管理的通知',
    '',
    '一、总体要求',
    '',
    '正文含有标记 <img src="/x.png" onerror="window.__pwned=1"> 与 <script>window.__pwned=2</script> 以及 <a href="https://example.com/">外部链接</a>，应原样显示。',
  ].join('\n');
  const [result] = await call<{ ok: boolean; docId: number }[]>(server.url, 'importUploads', {
    files: [{ name: '安全测试.txt', dataBase64: Buffer.from(text).toString('base64') }],
  });
  expect(result!.ok).toBe(true);

  await page.goto(server.url);
  await page.getByRole('navigation', { name: '文库' }).getByRole('button', { name: /安全/ }).click();
  const paragraph = page.getByText('<script>window.__pwned=2</script>', { exact: false });
  await expect(paragraph).toBeVisible();
  await expect(page.getByText('<img src="/x.png" onerror="window.__pwned=1">', { exact: false })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('main img[src="/x.png"], main script, main a[href^="https:"]').count()).toBe(0);
});

test('the page runs under a Content-Security-Policy that stops remote requests and injected scripts', async ({ page, server }) => {
  const response = await page.goto(server.url);
  expect(response!.headers()['content-security-policy']).toContain("script-src 'self'");
  await expect(page.getByRole('navigation', { name: '文库' }).getByRole('button').first()).toBeVisible();
  const outcome = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
    let fetched = 'no';
    try {
      await fetch('https://example.com/');
      fetched = 'yes';
    } catch {
      fetched = 'blocked';
    }
    // An injected inline handler must not run (no 'unsafe-inline' for scripts).
    const holder = document.createElement('div');
    holder.innerHTML = '<img src="/missing-image.png" onerror="window.__inline = 1">';
    document.body.append(holder);
    await new Promise((r) => setTimeout(r, 500));
    return { fetched, inline: (window as unknown as { __inline?: number }).__inline, violations };
  });
  expect(outcome.fetched).toBe('blocked');
  expect(outcome.inline).toBeUndefined();
  expect(outcome.violations.some((v) => v.startsWith('connect-src https://example.com'))).toBe(true);
  expect(outcome.violations.some((v) => v.startsWith('script-src-attr'))).toBe(true);
});

test('another web page cannot use the reader API (no cross-site requests)', async ({ page, server }) => {
  const docs = await call<{ id: number }[]>(server.url, 'listDocuments', {});
  // A page from another origin, as any website the user might have open would be.
  const evil = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>evil</title>'));
  await new Promise<void>((resolve) => evil.listen(0, '127.0.0.1', resolve));
  try {
    await page.goto(`http://localhost:${(evil.address() as AddressInfo).port}/`);
    const statuses = await page.evaluate(
      async ({ api, docId }) => {
        const attempt = async (name: string, body: unknown) => {
          try {
            const r = await fetch(`${api}${name}`, { method: 'POST', mode: 'no-cors', headers: { 'content-type': 'text/plain' }, body: JSON.stringify(body) });
            return r.type;
          } catch {
            return 'error';
          }
        };
        return [await attempt('deleteDocument', { docId }), await attempt('importPaths', { paths: ['/etc'] })];
      },
      { api: `${server.url}api/`, docId: docs[0]!.id },
    );
    expect(statuses.length).toBe(2);
  } finally {
    evil.close();
  }
  const after = await call<{ id: number }[]>(server.url, 'listDocuments', {});
  expect(after.map((d) => d.id)).toEqual(docs.map((d) => d.id));
});
