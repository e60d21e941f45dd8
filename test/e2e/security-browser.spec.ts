import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { callApi, expect, test, type ReaderServer } from './fixtures';

function call<T>(server: ReaderServer, name: string, args: unknown): Promise<T> {
  return callApi<T>(server, name, args);
}

test('document text that looks like HTML is shown as text and never runs', async ({ page, server }) => {
  const text = [
    '关于<b>加强</b>安全管理的通知',
    '',
    '一、总体要求',
    '',
    '正文含有标记 <img src="/x.png" onerror="window.__pwned=1"> 与 <script>window.__pwned=2</script> 以及 <a href="https://example.com/">外部链接</a>，应原样显示。',
  ].join('\n');
  const [result] = await call<{ ok: boolean; docId: number }[]>(server, 'importUploads', {
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
  const docs = await call<{ id: number }[]>(server, 'listDocuments', {});
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
      { api: `${server.base}api/`, docId: docs[0]!.id },
    );
    expect(statuses.length).toBe(2);
  } finally {
    evil.close();
  }
  const after = await call<{ id: number }[]>(server, 'listDocuments', {});
  expect(after.map((d) => d.id)).toEqual(docs.map((d) => d.id));
});

test('browser mode needs the token serve printed: the page keeps it for this browser, every API call without it gets 401', async ({ page, server }) => {
  const docs = await call<{ id: number }[]>(server, 'listDocuments', {});
  // Another local account knows the port but not the token: nothing is read, deleted or imported.
  for (const [method, args] of [
    ['listDocuments', {}],
    ['deleteDocument', { docId: docs[0]!.id }],
    ['purgeDocument', { docId: docs[0]!.id }],
    ['restoreDocument', { docId: docs[0]!.id }],
    ['importPaths', { paths: ['/etc/hostname'] }],
  ] as const) {
    for (const headers of [{}, { 'x-policy-reader-token': 'guess' }, { 'x-policy-reader-token': `${server.token}x` }] as Record<string, string>[]) {
      const response = await fetch(`${server.base}api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(args) });
      expect(response.status, method).toBe(401);
      expect((await response.json()).error.code).toBe('unauthorized');
    }
  }
  // The token in the address is accepted only by the event stream, never by the other calls.
  const inQuery = await fetch(`${server.base}api/listDocuments?token=${server.token}`, { method: 'POST', body: '{}' });
  expect(inQuery.status).toBe(401);
  expect((await call<{ id: number }[]>(server, 'listDocuments', {})).map((d) => d.id)).toEqual(docs.map((d) => d.id));

  // The page takes the token from the address, removes it from the address bar and works, also after a reload.
  await page.goto(server.url);
  const library = page.getByRole('navigation', { name: '文库' }).getByRole('button');
  await expect(library).toHaveCount(docs.length);
  expect(page.url()).not.toContain('token');
  await page.reload();
  await expect(library).toHaveCount(docs.length);
  // A link opened in another tab of the same browser works too (the token is kept for this origin)…
  const tab = await page.context().newPage();
  await tab.goto(`${server.base}#/doc/${docs[0]!.id}`);
  await expect(tab.getByRole('navigation', { name: '文库' }).getByRole('button')).toHaveCount(docs.length);
  // …but the address without the token in another browser (another user): the library stays closed.
  const other = await (await page.context().browser()!.newContext()).newPage();
  const refused: number[] = [];
  other.on('response', (r) => r.url().includes('/api/') && refused.push(r.status()));
  await other.goto(server.base);
  await expect.poll(() => refused.length).toBeGreaterThan(0);
  expect(new Set(refused)).toEqual(new Set([401]));
  await expect(other.getByRole('navigation', { name: '文库' }).getByRole('button')).toHaveCount(0);
});
