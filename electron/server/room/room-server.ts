// The room door of `serve --lan`: trainees on the room's network open it in any browser, type the join
// code, and their screen follows the presenter's stop. It is read-only by construction: it answers
// only the requests below (the presented path and stop, the trainer's highlights there, a handout of
// the trainee's own notes), never the library's API, so nothing can be imported, exported or deleted.
import http from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { myNote } from '../../shared/api/training';
import { toErrorInfo } from '../../shared/errors';
import { SECURITY_HEADERS } from '../../shared/security-policy';
import type { CoreApi } from '../../core/core-api';
import { serveStatic } from '../static-files';
import { sameCode } from './join-code';
import { createRateLimiter, type RateLimiter } from './rate-limit';
import { roomState } from './room-state';

export const ROOM_PREFIX = '/room/';
export const CODE_HEADER = 'x-room-code';
/** The trainee's page: the app's index.html, which shows the follow page at this path (renderer/src/training/present-route.ts). */
export const FOLLOW_PATH = '/follow';
const MAX_BODY_BYTES = 2 * 1024 * 1024;
/** A wrong join code costs this many requests of the address's budget: guessing six digits is hopeless. */
const WRONG_CODE_COST = 10;

export interface RoomServerOptions {
  lib: CoreApi;
  rendererDir: string;
  code: string;
  limiter?: RateLimiter;
}

const notesBody = z.object({ myNotes: z.array(myNote).max(2_000) }).strict();

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

function refuse(res: ServerResponse, status: number, code: string, message: string, messageZh: string): void {
  send(res, status, { ok: false, error: { code, message, messageZh } });
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY_BYTES) chunks.push(c);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Server-Sent Events: the presented stop, whenever the presenter moves. */
function streamSteps(lib: CoreApi, req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store' });
  res.write('retry: 2000\n\n');
  const unsubscribe = lib.onEvent((event) => {
    if (event.type === 'change' && (event.method === 'setPresentedStop' || event.method === 'openCoursePack' || event.kinds.includes('annotation'))) {
      res.write('data: step\n\n');
    }
  });
  const keepalive = setInterval(() => res.write(': keepalive\n\n'), 20_000);
  req.on('close', () => {
    unsubscribe();
    clearInterval(keepalive);
  });
}

async function answer(lib: CoreApi, req: IncomingMessage, res: ServerResponse, route: string): Promise<void> {
  if (route === 'events' && req.method === 'GET') return streamSteps(lib, req, res);
  if (route === 'state' && req.method === 'GET') return send(res, 200, { ok: true, result: await roomState(lib) });
  if (route === 'notes' && req.method === 'POST') {
    const text = await readBody(req);
    if (text === null) return refuse(res, 413, 'too_large', 'Too many notes', '笔记过多');
    let parsed: z.infer<typeof notesBody>;
    try {
      parsed = notesBody.parse(JSON.parse(text));
    } catch {
      return refuse(res, 400, 'bad_arguments', 'Not a list of notes', '笔记格式不正确');
    }
    const presented = await lib.call('getPresentedStop', {});
    if (!presented) return refuse(res, 404, 'not_found', 'Nothing is being presented', '当前没有正在讲解的路线');
    // The trainee's own notes on the path's passages; the presenter's notes stay out.
    return send(res, 200, { ok: true, result: await lib.call('exportHandout', { pathId: presented.pathId, includeNotes: false, myNotes: parsed.myNotes }) });
  }
  return refuse(res, 404, 'not_found', 'Not available to trainees', '学员端不提供此功能');
}

export function createRoomServer({ lib, rendererDir, code, limiter = createRateLimiter({ burst: 60, perSecond: 2 }) }: RoomServerOptions): http.Server {
  return http.createServer((req, res) => {
    const address = req.socket.remoteAddress ?? '?';
    if (!limiter.take(address)) {
      res.writeHead(429, { ...SECURITY_HEADERS, 'retry-after': '5', 'content-type': 'text/plain; charset=utf-8' }).end('Too many requests');
      req.resume();
      return;
    }
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://room');
    } catch {
      res.writeHead(400, SECURITY_HEADERS).end('Bad request');
      return;
    }
    if (!url.pathname.startsWith(ROOM_PREFIX)) {
      // The page itself; never the library's API (/api/… is not served here at all).
      if (url.pathname.startsWith('/api/')) return refuse(res, 404, 'not_found', 'Not available to trainees', '学员端不提供此功能');
      // The address trainees type is the bare one; the page there is the trainee's (see FOLLOW_PATH).
      if (url.pathname === '/') return void res.writeHead(302, { ...SECURITY_HEADERS, location: FOLLOW_PATH }).end();
      return serveStatic(rendererDir, url.pathname, res, req.method);
    }
    // Requests from other web pages are refused: a POST names its origin, which must be this server.
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `http://${req.headers.host}`) return refuse(res, 403, 'forbidden', 'Cross-site request refused', '已拒绝跨站请求');
    const sent = req.headers[CODE_HEADER] ?? url.searchParams.get('code');
    if (!sameCode(sent, code)) {
      limiter.take(address, WRONG_CODE_COST);
      req.resume();
      return refuse(res, 401, 'wrong_code', 'Wrong or missing join code', '加入码不正确');
    }
    answer(lib, req, res, url.pathname.slice(ROOM_PREFIX.length + 'api/'.length)).catch((err: unknown) => {
      const info = toErrorInfo(err);
      if (!res.headersSent) send(res, info.code === 'internal' ? 500 : 400, { ok: false, error: info });
    });
  });
}
