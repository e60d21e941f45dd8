// The pictures drawn on a PDF page (issue 14), as pdfjs hands them over: the original JPEG bytes when the
// file holds one (found by its object number), else the decoded pixels encoded as PNG (lossless, zlib).
import { IMAGE_LIMITS } from '../limits/image-limits';
import { encodePng, type RawPixels } from './encode-png';
import { imageInfo } from './image-info';

/** What pdfjs gives for a decoded picture (kind 1: 1 bit grey, 2: RGB, 3: RGBA). */
interface PdfjsImage {
  width: number;
  height: number;
  kind: number;
  data?: Uint8Array | Uint8ClampedArray;
  ref?: string | null;
}

/** The parts of a pdfjs page this needs. */
export interface PdfjsPage {
  view: number[];
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[][] }>;
  objs: { get(id: string, callback: (value: unknown) => void): unknown };
  commonObjs: { get(id: string, callback: (value: unknown) => void): unknown };
}

export interface PagePicture {
  bytes: Buffer;
  /** The lowest point of the picture on the page (PDF units, from the bottom). */
  bottom: number;
}

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, t: Matrix): Matrix => [
  m[0] * t[0] + m[2] * t[1],
  m[1] * t[0] + m[3] * t[1],
  m[0] * t[2] + m[2] * t[3],
  m[1] * t[2] + m[3] * t[3],
  m[0] * t[4] + m[2] * t[5] + m[4],
  m[1] * t[4] + m[3] * t[5] + m[5],
];

/** Pixels beyond this are not decoded into a PNG (a poster scanned at 600 dpi). */
const MAX_PIXELS = 25_000_000;

/** Whether the file holds any image XObject at all (their dictionaries are never compressed): a PDF of text only is read without drawing its pages. */
export function pdfHasPictures(pdf: Buffer): boolean {
  return pdf.includes('/Subtype/Image') || pdf.includes('/Subtype /Image');
}

const isSpace = (b: number | undefined) => b === undefined || b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0x0c;

/** The JPEG a `N G obj` stream holds unchanged (DCTDecode alone), checked to be the picture pdfjs decoded. */
function originalJpeg(pdf: Buffer, ref: string, width: number, height: number): Buffer | null {
  const m = /^(\d+)R(\d*)$/.exec(ref);
  if (!m) return null;
  const head = `${m[1]} ${m[2] || '0'} obj`;
  for (let at = pdf.indexOf(head); at >= 0; at = pdf.indexOf(head, at + head.length)) {
    if (at > 0 && !isSpace(pdf[at - 1])) continue;
    const window = pdf.toString('latin1', at, Math.min(pdf.length, at + 4096));
    const streamAt = window.indexOf('stream');
    if (streamAt < 0) continue;
    const dict = window.slice(0, streamAt);
    if (dict.includes('endobj') || !/\/Filter\s*(?:\[\s*)?\/DCTDecode\s*\]?/.test(dict) || /\/Filter\s*\[[^\]]*\/\w+\s*\/\w+/.test(dict)) continue;
    let start = at + streamAt + 'stream'.length;
    if (pdf[start] === 0x0d) start++;
    if (pdf[start] === 0x0a) start++;
    const end = pdf.indexOf('endstream', start);
    if (end < 0) return null;
    let last = end;
    while (last > start && isSpace(pdf[last - 1])) last--;
    const bytes = pdf.subarray(start, last);
    const info = imageInfo(bytes);
    if (info?.mime === 'image/jpeg' && info.width === width && info.height === height) return Buffer.from(bytes);
  }
  return null;
}

function pixels(img: PdfjsImage): RawPixels | null {
  const { width, height, kind, data } = img;
  if (!data || width <= 0 || height <= 0 || width * height > MAX_PIXELS) return null;
  if (kind === 2 && data.length >= width * height * 3) return { width, height, channels: 3, data };
  if (kind === 3 && data.length >= width * height * 4) return { width, height, channels: 4, data };
  if (kind === 1) {
    // One bit a pixel, rows padded to whole bytes.
    const stride = Math.ceil(width / 8);
    if (data.length < stride * height) return null;
    const grey = new Uint8Array(width * height);
    for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) grey[y * width + x] = (data[y * stride + (x >> 3)]! >> (7 - (x & 7))) & 1 ? 255 : 0;
    return { width, height, channels: 1, data: grey };
  }
  return null;
}

function objectOf(page: PdfjsPage, id: string): Promise<unknown> {
  // pdfjs resolves a picture once it is decoded; the operator list is done by then, so this does not wait.
  return new Promise((resolve) => (id.startsWith('g_') ? page.commonObjs : page.objs).get(id, resolve));
}

/**
 * The pictures a page draws, top to bottom, with where each ends on the page. Masks, pictures covering the
 * page (a scan behind an OCR text layer, a background) and ones drawn smaller than a bullet are left out;
 * a picture drawn twice is read once (`seen`, by object, over the whole document).
 */
export async function pagePictures(page: PdfjsPage, ops: { paintImageXObject: number; paintInlineImageXObject: number; save: number; restore: number; transform: number }, pdf: Buffer, seen: Set<string>): Promise<PagePicture[]> {
  const list = await page.getOperatorList();
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
  const pageW = Math.abs(x1 - x0);
  const pageH = Math.abs(y1 - y0);
  const out: PagePicture[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i]!;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform) ctm = multiply(ctm, args as Matrix);
    else if (fn === ops.paintImageXObject || fn === ops.paintInlineImageXObject) {
      const xs = [ctm[4], ctm[4] + ctm[0], ctm[4] + ctm[2], ctm[4] + ctm[0] + ctm[2]];
      const ys = [ctm[5], ctm[5] + ctm[1], ctm[5] + ctm[3], ctm[5] + ctm[1] + ctm[3]];
      const w = Math.max(...xs) - Math.min(...xs);
      const h = Math.max(...ys) - Math.min(...ys);
      if (w >= pageW * 0.9 && h >= pageH * 0.85) continue;
      if (w < IMAGE_LIMITS.minSide / 2 && h < IMAGE_LIMITS.minSide / 2) continue;
      const id = typeof args[0] === 'string' ? args[0] : null;
      if (id && seen.has(id)) continue;
      if (id) seen.add(id);
      try {
        const img = (id ? await objectOf(page, id) : args[0]) as PdfjsImage | null;
        if (!img || typeof img !== 'object') continue;
        // pdfjs names a picture per page; the file's object number tells a logo drawn on every page.
        if (img.ref) {
          if (seen.has(img.ref)) continue;
          seen.add(img.ref);
        }
        const jpeg = img.ref ? originalJpeg(pdf, img.ref, img.width, img.height) : null;
        const raw = jpeg ? null : pixels(img);
        const bytes = jpeg ?? (raw ? encodePng(raw) : null);
        if (bytes) out.push({ bytes, bottom: Math.min(...ys) });
      } catch {
        // A picture pdfjs could not decode: the text is read all the same.
      }
    }
  }
  return out;
}
