import fs from 'node:fs';
import type { ServerResponse } from 'node:http';
import { SECURITY_HEADERS } from '../shared/security-policy';
import { contentTypeOf, resolveStaticFile } from '../core/app-files';

/** Serve a file from root with the app's security headers; 404 for anything else. */
export function serveStatic(root: string, urlPath: string, res: ServerResponse, method = 'GET'): void {
  if (method !== 'GET' && method !== 'HEAD') {
    res.writeHead(405, { ...SECURITY_HEADERS, allow: 'GET, HEAD' }).end();
    return;
  }
  const file = resolveStaticFile(root, urlPath);
  if (!file) {
    res.writeHead(404, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'content-type': contentTypeOf(file),
    'cache-control': 'no-cache',
  });
  if (method === 'HEAD') {
    res.end();
    return;
  }
  fs.createReadStream(file).pipe(res);
}
