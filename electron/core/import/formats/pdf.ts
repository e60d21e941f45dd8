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

/** Lay a page's text items out as lines: same baseline → same line, left to right. */
function pageLines(items: TextItem[]): string[] {
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
    return line.replace(/\s+$/, '');
  });
}

/** The text layer of a PDF, one line per printed line, pages separated by a blank line. */
export async function pdfToText(bytes: Buffer): Promise<string> {
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
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(pageLines(content.items as TextItem[]).join('\n'));
      page.cleanup();
    }
    const text = pages.join('\n\n');
    if (text.replace(/\s/g, '').length < 10) {
      throw new ReaderError(
        'no_text_layer',
        'This PDF has no text layer (it is a scan); run OCR on it first',
        '此 PDF 没有文字层（可能是扫描件），请先进行文字识别（OCR）',
      );
    }
    return text;
  } finally {
    await task.destroy();
  }
}
