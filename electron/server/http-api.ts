import type { IncomingMessage, ServerResponse } from 'node:http';
import { isMethodName } from '../shared/contract';
import { ReaderError, toErrorInfo } from '../shared/errors';
import { SECURITY_HEADERS } from '../shared/security-policy';
import type { CoreApi } from '../core/core-api';

export const API_PREFIX = '/api/';
const MAX_BODY_BYTES = 256 * 1024 * 1024;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        reject(new ReaderError('too_large', 'Request body too large', '请求内容过大'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** GET /api/events: the core's events (changes, import progress) as Server-Sent Events. */
export const EVENTS_PATH = 'events';
const KEEPALIVE_MS = 20_000;

function streamEvents(lib: CoreApi, req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store' });
  res.write('retry: 1000\n\n');
  const unsubscribe = lib.onEvent((event) => res.write(`data: ${JSON.stringify(event)}\n\n`));
  const keepalive = setInterval(() => res.write(': keepalive\n\n'), KEEPALIVE_MS);
  req.on('close', () => {
    unsubscribe();
    clearInterval(keepalive);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const data = JSON.stringify(body);
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(data);
}

/** POST /api/METHOD with the argument as JSON body → {ok:true, result} or {ok:false, error}. */
export async function handleApi(lib: CoreApi, req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
  if (name === EVENTS_PATH && req.method === 'GET') return streamEvents(lib, req, res);
  if (req.method !== 'POST') return sendJson(res, 405, { ok: false, error: { code: 'method', message: 'Use POST', messageZh: '请使用 POST' } });
  if (!isMethodName(name)) {
    return sendJson(res, 404, { ok: false, error: { code: 'unknown_method', message: `Unknown method ${name}`, messageZh: `未知的接口 ${name}` } });
  }
  try {
    const body = await readBody(req);
    let args: unknown;
    try {
      args = body === '' ? {} : JSON.parse(body);
    } catch {
      throw new ReaderError('bad_arguments', 'Request body is not valid JSON', '请求内容不是有效的 JSON');
    }
    sendJson(res, 200, { ok: true, result: await lib.call(name, args) });
  } catch (err) {
    const info = toErrorInfo(err);
    sendJson(res, info.code === 'internal' ? 500 : 400, { ok: false, error: info });
  }
}
