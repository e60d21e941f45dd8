import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import net, { type AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Library } from '../../electron/core/open-library';
import { createServer } from '../../electron/server/create-server';
import { tempLibrary } from '../helpers/library';
import { tempDir } from '../helpers/paths';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

let lib: Library;
let server: http.Server;
let port: number;
let secret: string;
let secretFile: string;
const TOKEN = 'test-token-Zq8';

/** A raw request: the path is sent exactly as written (fetch would normalise `..`). */
function request(rawPath: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer; token?: string | null } = {}): Promise<Reply> {
  const token = options.token === undefined ? TOKEN : options.token;
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: rawPath, method: options.method ?? 'GET', headers: { host: `127.0.0.1:${port}`, ...(token === null ? {} : { 'x-policy-reader-token': token }), ...options.headers } },
      (res) => {
        // The event stream never ends: its status and headers are the answer.
        if (String(res.headers['content-type']).startsWith('text/event-stream')) {
          res.destroy();
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: '' });
          return;
        }
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const api = (name: string, headers: Record<string, string> = {}) =>
  request(`/api/${name}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{}' });

beforeAll(async () => {
  const root = tempDir();
  const renderer = path.join(root, 'renderer');
  fs.mkdirSync(path.join(renderer, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>政策阅读器</title>');
  fs.writeFileSync(path.join(renderer, 'assets', 'app.js'), 'console.log(1)');
  secret = 'SECRET-OUTSIDE-RENDERER';
  secretFile = path.join(root, 'secret.txt');
  fs.writeFileSync(secretFile, secret);
  fs.symlinkSync(path.join(root, 'secret.txt'), path.join(renderer, 'assets', 'link.txt'));
  lib = tempLibrary({ seeds: true });
  server = createServer({ lib, rendererDir: renderer, token: TOKEN });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  lib.close();
});

describe('browser-mode HTTP door', () => {
  it('serves the app with a strict Content-Security-Policy and security headers', async () => {
    const page = await request('/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('政策阅读器');
    const csp = page.headers['content-security-policy']!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    const script = await request('/assets/app.js');
    expect(script.headers['content-type']).toMatch(/^text\/javascript/);
    expect(script.headers['content-security-policy']).toBe(csp);
    expect((await api('listDocuments')).headers['content-security-policy']).toBe(csp);
  });

  it('never serves a file outside the built renderer', async () => {
    for (const p of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/assets/link.txt',
      `/${path.join(path.dirname(path.dirname(path.join(tempDir(), 'x'))), 'etc', 'passwd')}`,
      '/%00../secret.txt',
    ]) {
      const reply = await request(p);
      expect(reply.body, p).not.toContain(secret);
      expect(reply.body, p).not.toContain('root:');
    }
    expect((await request('/assets/missing.js')).status).toBe(404);
  });

  it('survives malformed URLs', async () => {
    expect((await request('/%E0%A4%A')).status).toBe(404);
    expect((await request('/')).status).toBe(200);
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    expect((await request('/', { headers: { host: 'evil.example.com' } })).status).toBe(403);
    expect((await api('listDocuments', { host: `attacker.test:${port}` })).status).toBe(403);
  });

  it('refuses API calls from other web pages; accepts its own page and local programs', async () => {
    const own = await api('listDocuments', { origin: `http://127.0.0.1:${port}`, 'sec-fetch-site': 'same-origin' });
    expect(own.status).toBe(200);
    expect(JSON.parse(own.body).result).toHaveLength(5);
    expect((await api('listDocuments')).status).toBe(200); // curl, scripts: no Origin header
    const evil = await api('listDocuments', { origin: 'https://evil.example.com' });
    expect(evil.status).toBe(403);
    expect(evil.body).not.toContain('长株潭');
    expect((await api('listDocuments', { origin: `http://localhost:${port}` })).status).toBe(403);
    expect((await api('listDocuments', { origin: 'null' })).status).toBe(403);
    expect((await api('listDocuments', { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await request('/api/listDocuments')).status).toBe(405);
  });

  it('validates arguments: bad input is a clear error, not a crash', async () => {
    const reply = await request('/api/getBlocks', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"docId":"1; DROP TABLE documents"}' });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body).error.code).toBe('bad_arguments');
    const notJson = await request('/api/listDocuments', { method: 'POST', body: '<script>' });
    expect(JSON.parse(notJson.body).error.code).toBe('bad_arguments');
    expect(JSON.parse((await api('listDocuments')).body).result).toHaveLength(5);
  });
});

describe('browser-mode access token', () => {
  it('every API call without the token, or with another one, gets 401 and touches nothing', async () => {
    for (const token of [null, '', 'test-token-Zq9', `${TOKEN}x`]) {
      const reply = await request('/api/listDocuments', { method: 'POST', body: '{}', token });
      expect(reply.status).toBe(401);
      expect(JSON.parse(reply.body).error.code).toBe('unauthorized');
      expect(reply.body).not.toContain('长株潭');
    }
    const docs = JSON.parse((await api('listDocuments')).body).result as { id: number }[];
    for (const [name, body] of [
      ['deleteDocument', { docId: docs[0]!.id }],
      ['purgeDocument', { docId: docs[0]!.id }],
      ['importPaths', { paths: [secretFile] }],
    ] as const) {
      expect((await request(`/api/${name}`, { method: 'POST', body: JSON.stringify(body), token: null })).status).toBe(401);
    }
    expect(JSON.parse((await api('listDocuments')).body).result).toHaveLength(docs.length);
    // The query form is for the event stream only (EventSource cannot send headers).
    expect((await request(`/api/listDocuments?token=${TOKEN}`, { method: 'POST', body: '{}', token: null })).status).toBe(401);
    expect((await request(`/api/events?token=wrong`, { token: null })).status).toBe(401);
    const events = await request(`/api/events?token=${TOKEN}`, { token: null });
    expect(events.status).toBe(200);
    expect(events.headers['content-type']).toMatch(/^text\/event-stream/);
    // The page's own files need no token: they hold no library data.
    expect((await request('/', { token: null })).status).toBe(200);
  });

  it('a body over the limit gets 413 with a clear error, not a reset connection', async () => {
    // A raw socket: the client announces 300 MB, sends the first 64 kB and reads the answer.
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.write(
          `POST /api/importUploads HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nx-policy-reader-token: ${TOKEN}\r\n` +
            `content-type: application/json\r\ncontent-length: ${300 * 1024 * 1024}\r\n\r\n`,
        );
        socket.write(Buffer.alloc(64 * 1024, 0x20));
      });
      let data = '';
      socket.on('data', (c: Buffer) => {
        data += c.toString();
        if (data.includes('}}')) {
          socket.destroy();
          resolve(data);
        }
      });
      socket.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toContain('"code":"too_large"');
    expect((await api('listDocuments')).status).toBe(200);
  });
});

describe('Content-Security-Policy strength', () => {
  it("has no weakness by Google's CSP evaluator beyond the note on script-src 'self'", async () => {
    const { CONTENT_SECURITY_POLICY } = await import('../../electron/shared/security-policy');
    const csp = createRequire(import.meta.url)('@doyensec/csp-evaluator') as {
      CspParser: new (s: string) => { csp: unknown };
      CspEvaluator: new (c: unknown, v: unknown) => { evaluate(): { directive: string; value: string; severity: number }[] };
      Version: { CSP3: unknown };
      severities: Record<string, number>;
    };
    const findings = new csp.CspEvaluator(new csp.CspParser(CONTENT_SECURITY_POLICY).csp, csp.Version.CSP3).evaluate();
    const serious = findings.filter((f) => f.severity <= csp.severities.MEDIUM_MAYBE! && !(f.directive === 'script-src' && f.value === "'self'"));
    expect(serious).toEqual([]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*('unsafe-|\*|https?:|data:)/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/connect-src 'self'(;|$)/);
  });
});
