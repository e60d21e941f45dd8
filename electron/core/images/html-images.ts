import fs from 'node:fs';
import path from 'node:path';
import { IMAGE_LIMITS } from '../limits/image-limits';
import type { HtmlImage } from '../import/formats/html';
import type { SourceImage } from './source-images';

const DATA_URI = /^data:([^,;]*)((?:;[^,;]*)*?)(;base64)?,(.*)$/is;

function fromDataUri(src: string): Buffer | null {
  const m = DATA_URI.exec(src.trim());
  if (!m) return null;
  const payload = m[4]!;
  try {
    return m[3] ? Buffer.from(payload.replace(/\s/g, ''), 'base64') : Buffer.from(decodeURIComponent(payload), 'latin1');
  } catch {
    return null;
  }
}

/**
 * A picture referred to by a relative path, read from the imported file's folder or below it. The reader is
 * offline: web addresses (http, https, //host) and any other scheme are never fetched, and nothing outside
 * the folder is read.
 */
function fromFolder(src: string, baseDir: string): Buffer | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//') || src.startsWith('/') || src.startsWith('\\')) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(src.replace(/[?#].*$/s, ''));
  } catch {
    return null;
  }
  const root = path.resolve(baseDir);
  const file = path.resolve(root, relative);
  if (!file.startsWith(root + path.sep)) return null;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile() || stat.size > IMAGE_LIMITS.maxImageBytes) return null;
    return fs.readFileSync(file);
  } catch {
    return null;
  }
}

/** The bytes of an HTML file's pictures that can be had offline: data: URIs, and files beside it when its folder is known. */
export function htmlSourceImages(images: readonly HtmlImage[], baseDir: string | null): SourceImage[] {
  const out: SourceImage[] = [];
  for (const { src, alt, at } of images) {
    const bytes = src.trim().toLowerCase().startsWith('data:') ? fromDataUri(src) : baseDir ? fromFolder(src.trim(), baseDir) : null;
    if (bytes && bytes.length > 0) out.push({ bytes, alt, at });
  }
  return out;
}
