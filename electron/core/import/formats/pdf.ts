import { createRequire } from 'node:module';
import path from 'node:path';
import { ReaderError } from '../../../shared/errors';
import { pagePictures, pdfHasPictures, type PdfjsPage } from '../../images/pdf-images';
import type { SourceImage } from '../../images/source-images';
import { pageLines, type LineLayout, type TextItem } from './pdf-layout';

export type { LineLayout } from './pdf-layout';

function pdfjsDir(): string {
  const require = createRequire(import.meta.url);
  return path.dirname(require.resolve('pdfjs-dist/package.json'));
}

export interface PdfText {
  text: string;
  /** One entry per line of text (blank separator lines included, as not full and not indented). */
  layout: LineLayout[];
  /** The pictures the pages draw, each placed before the first line printed below it. */
  images: SourceImage[];
}

/** The longest a PDF's text may take to read, and the most text it may hold (200 MB files are allowed). */
const PDF_TIME_LIMIT_MS = 180_000;
const PDF_MAX_CHARS = 60_000_000;
/** Reading pictures stops after this long (the text is read on without them): they never cost the text. */
const PDF_PICTURES_TIME_MS = 30_000;

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
    // Pictures as plain pixels (no canvas or image decoder in Node).
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
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
    const deadline = Date.now() + PDF_TIME_LIMIT_MS;
    let chars = 0;
    const images: SourceImage[] = [];
    let picturesUntil = pdfHasPictures(bytes) ? Date.now() + PDF_PICTURES_TIME_MS : 0;
    const seen = new Set<string>();
    let compact = 0; // non-blank characters of the text so far: where a picture sits in it
    const compactAdd = (line: string) => (compact += line.replace(/\s/g, '').length);
    for (let n = 1; n <= doc.numPages; n++) {
      // Pages are read one by one with a wait between them: a runaway file stops here, alone.
      if (Date.now() > deadline) {
        throw new ReaderError(
          'too_slow',
          `Reading this PDF took more than ${PDF_TIME_LIMIT_MS / 1000} s (stopped at page ${n} of ${doc.numPages}); it may be damaged or built to stall readers`,
          `读取此 PDF 超过 ${PDF_TIME_LIMIT_MS / 1000} 秒（停在第 ${n} / ${doc.numPages} 页），文件可能已损坏或异常`,
        );
      }
      if (chars > PDF_MAX_CHARS) {
        throw new ReaderError('too_large', `This PDF holds more than ${PDF_MAX_CHARS} characters of text`, `此 PDF 的文字超过 ${PDF_MAX_CHARS} 字`);
      }
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const lines = pageLines(content.items as TextItem[]);
      if (n > 1) {
        texts.push('');
        layout.push({ full: false, indented: false });
      }
      const pictures = Date.now() < picturesUntil ? await pagePictures(page as unknown as PdfjsPage, pdfjs.OPS, bytes, seen).catch(() => ((picturesUntil = 0), [])) : [];
      let next = 0;
      for (const picture of pictures.sort((a, b) => b.bottom - a.bottom)) {
        // Before the first line printed below the picture (lines come top to bottom, column by column).
        const below = lines.findIndex((l) => l.y < picture.bottom);
        const upTo = below < 0 ? lines.length : below;
        for (; next < upTo; next++) compactAdd(lines[next]!.text);
        images.push({ bytes: picture.bytes, alt: '', at: compact });
      }
      for (; next < lines.length; next++) compactAdd(lines[next]!.text);
      for (const l of lines) {
        chars += l.text.length;
        texts.push(l.text);
        layout.push({ full: l.full, indented: l.indented });
      }
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
    return { text, layout, images };
  } finally {
    await task.destroy();
  }
}
