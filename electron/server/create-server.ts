import http from 'node:http';
import type { Library } from '../core/open-library';
import { API_PREFIX, handleApi } from './http-api';
import { serveStatic } from './static-files';

export interface ServerOptions {
  lib: Library;
  rendererDir: string;
}

/** The browser door: the built renderer and the API over HTTP. Only for 127.0.0.1. */
export function createServer({ lib, rendererDir }: ServerOptions): http.Server {
  return http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // Refuse requests addressed to another host name (DNS rebinding).
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(host)) {
      res.writeHead(403).end('Forbidden');
      return;
    }
    if (url.pathname.startsWith(API_PREFIX)) {
      void handleApi(lib, req, res, url.pathname.slice(API_PREFIX.length));
    } else {
      serveStatic(rendererDir, url.pathname, res);
    }
  });
}
