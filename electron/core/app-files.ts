import fs from 'node:fs';
import path from 'node:path';

// The built page's own files, for the two doors that serve it: browser mode (HTTP) and the desktop
// app's app:// scheme.

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
