import { createRequire } from 'node:module';
import path from 'node:path';
import { ReaderError } from '../../../shared/errors';

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
}

function pdfjsDir(): string {
  const require = createRequire(import.meta.url);
  return path.dirname(require.resolve('pdfjs-dist/package.json'));
}

/** What the page geometry says about a printed line, which the text alone cannot. */
export interface LineLayout {
  /** The line reaches the right margin: the paragraph goes on. */
  full: boolean;
  /** The line starts further in than the text's left edge: a paragraph begins. */
  indented: boolean;
}

interface PageLine {
  text: string;
  left: number;
  right: number;
  size: number;
}

/** Lay a page's text items out as lines: same baseline → same line, left to right. */
function pageLines(items: TextItem[]): PageLine[] {
  const rows: { y: number; size: number; parts: { x: number; end: number; str: string }[] }[] = [];
  for (const it of items) {
    if (!it.str) continue;
    const x = it.transform[4]!;
    const y = it.transform[5]!;
    const size = Math.abs(it.transform[3]!) || it.height || 10;
    let row = rows.find((r) => Math.abs(r.y - y) < Math.max(2, size * 0.4));
    if (!row) rows.push((row = { y, size, parts: [] }));
    row.parts.push({ x, end: x + it.width, str: it.str });
  }
  rows.sort((a, b) => b.y - a.y);
  return rows.map((r) => {
    r.parts.sort((a, b) => a.x - b.x);
    let line = '';
    let lastEnd: number | null = null;
    for (const p of r.parts) {
      if (lastEnd !== null && p.x - lastEnd > r.size * 0.25 && !line.endsWith(' ') && !p.str.startsWith(' ')) line += ' ';
      line += p.str;
      lastEnd = p.end;
    }
    const visible = r.parts.filter((p) => p.str.trim());
    return {
      text: line.replace(/\s+$/, ''),
      left: visible[0]?.x ?? 0,
      right: Math.max(...visible.map((p) => p.end), 0),
      size: r.size,
    };
  });
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

function layoutOf(lines: PageLine[]): LineLayout[] {
  const body = lines.filter((l) => l.text.trim().length >= 8);
  if (body.length < 3) return lines.map(() => ({ full: false, indented: false }));
  const right = percentile(body.map((l) => l.right), 0.5);
  const left = percentile(body.map((l) => l.left), 0.1);
  return lines.map((l) => ({ full: l.right >= right - l.size * 0.6, indented: l.left >= left + l.size * 1.5 }));
}

export interface PdfText {
  text: string;
  /** One entry per line of text (blank separator lines included, as not full and not indented). */
  layout: LineLayout[];
}

/** The text layer of a PDF, one line per printed line, pages separated by a blank line. */
export async function pdfToText(bytes: Buffer): Promise<PdfText> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const dir = pdfjsDir();
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: path.join(dir, 'cmaps') + path.sep,
    cMapPacked: true,
    standardFontDataUrl: path.join(dir, 'standard_fonts') + path.sep,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (err) {
    const name = (err as { name?: string }).name;
    if (name === 'PasswordException') {
      throw new ReaderError('encrypted', 'This PDF is password-protected', '此 PDF 受密码保护，无法读取');
    }
    throw new ReaderError('unreadable', `Cannot read this PDF: ${(err as Error).message}`, `无法读取此 PDF：${(err as Error).message}`);
  }
  try {
    const texts: string[] = [];
    const layout: LineLayout[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const lines = pageLines(content.items as TextItem[]);
      if (n > 1) {
        texts.push('');
        layout.push({ full: false, indented: false });
      }
      texts.push(...lines.map((l) => l.text));
      layout.push(...layoutOf(lines));
      page.cleanup();
    }
    const text = texts.join('\n');
    if (text.replace(/\s/g, '').length < 10) {
      throw new ReaderError(
        'no_text_layer',
        'This PDF has no text layer (it is a scan); run OCR on it first',
        '此 PDF 没有文字层（可能是扫描件），请先进行文字识别（OCR）',
      );
    }
    return { text, layout };
  } finally {
    await task.destroy();
  }
}
