import fs from 'node:fs';
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import { SECURITY_HEADERS } from '../shared/security-policy';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeOf(file: string): string {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

function isFileInside(root: string, file: string): boolean {
  try {
    const real = fs.realpathSync(file);
    return real.startsWith(fs.realpathSync(root) + path.sep) && fs.statSync(real).isFile();
  } catch {
    return false;
  }
}

/**
 * The file under `root` that a URL path names, or null. Never anything outside root
 * (no `..`, no symlink out, no encoded tricks). Paths without a file extension get
 * index.html (the renderer routes itself); a missing asset is null (404).
 */
export function resolveStaticFile(root: string, urlPath: string): string | null {
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (rel.includes('\0')) return null;
  rel = rel.replace(/^[/\\]+/, '');
  const file = path.resolve(root, rel);
  if (rel !== '' && isFileInside(root, file)) return file;
  if (path.extname(rel) !== '') return null;
  const index = path.join(root, 'index.html');
  return isFileInside(root, index) ? index : null;
}

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
