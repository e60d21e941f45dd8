import http from 'node:http';
import type { CoreApi } from '../core/core-api';
import { SECURITY_HEADERS } from '../shared/security-policy';
import { hasAccessToken } from './access-token';
import { API_PREFIX, handleApi } from './http-api';
import { refusalReason } from './request-guard';
import { serveStatic } from './static-files';

export interface ServerOptions {
  /** The core: in its own thread (serve.ts) or, in tests, an open Library in this one. */
  lib: CoreApi;
  rendererDir: string;
  /** The secret every API call must carry (see access-token.ts); the page's own files need none. */
  token: string;
}

/** The browser door: the built renderer and the API over HTTP. Only for 127.0.0.1. */
export function createServer({ lib, rendererDir, token }: ServerOptions): http.Server {
  return http.createServer((req, res) => {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://127.0.0.1');
    } catch {
      res.writeHead(400, SECURITY_HEADERS).end('Bad request');
      return;
    }
    const isApi = url.pathname.startsWith(API_PREFIX);
    const refusal = refusalReason(req.headers, isApi);
    if (refusal) {
      res.writeHead(403, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' }).end(`Forbidden (${refusal})`);
      return;
    }
    if (isApi && !hasAccessToken(token, req.headers, url)) {
      // Any local account can reach 127.0.0.1: without the secret printed by `serve`, nothing of the library.
      res.writeHead(401, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(
        JSON.stringify({
          ok: false,
          error: {
            code: 'unauthorized',
            message: 'Open browser mode with the address `serve` printed (it carries the access token).',
            messageZh: '缺少访问令牌：请用启动浏览器模式时显示的地址（含 token）打开。',
          },
        }),
      );
      req.resume();
      return;
    }
    if (isApi) void handleApi(lib, req, res, url.pathname.slice(API_PREFIX.length));
    else serveStatic(rendererDir, url.pathname, res, req.method);
  });
}
