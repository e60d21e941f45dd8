import fs from 'node:fs';
import path from 'node:path';
import { ReaderError } from '../../shared/errors';
import type { TextLayout } from './cleanup/clean-text';
import { decodeText } from './decode-text';
import { docxToLines } from './formats/docx';
import { decodeHtml, htmlToLinesWithImages } from './formats/html';
import { htmlSourceImages } from '../images/html-images';
import type { SourceImage } from '../images/source-images';
import { pdfToText, type LineLayout } from './formats/pdf';

export interface SourceText {
  /** The text exactly as read from the file (for .docx/.pdf/.html: as extracted). */
  text: string;
  encoding: string;
  format: string;
  layout: TextLayout;
  /** For PDFs: where each line sits on the page, which tells paragraph ends better than the text can. */
  lineLayout?: LineLayout[];
  /** The pictures the source carries (Word, HTML, PDF), in source order, each placed in `text`. */
  images?: SourceImage[];
}

export const MAX_FILE_BYTES = 200 * 1024 * 1024;
export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.markdown', '.text', '.html', '.htm', '.docx', '.pdf'];
const NEEDS_ASYNC = ['.docx', '.pdf'];

export function needsAsyncRead(file: string): boolean {
  return NEEDS_ASYNC.includes(path.extname(file).toLowerCase());
}

export function isSupportedFile(file: string): boolean {
  return SUPPORTED_EXTENSIONS.includes(path.extname(file).toLowerCase());
}

function checkFile(name: string, bytes: Buffer): string {
  const ext = path.extname(name).toLowerCase();
  if (!SUPPORTED_EXTENSIONS.includes(ext)) {
    if (ext === '.doc' || ext === '.wps') {
      throw new ReaderError('unsupported', `Old Word format ${ext} is not supported; save it as .docx`, `不支持旧版 Word 格式 ${ext}，请另存为 .docx`);
    }
    throw new ReaderError(
      'unsupported',
      `Unsupported file type: ${ext || '(none)'} (supported: .txt .md .html .docx .pdf)`,
      `不支持的文件类型：${ext || '（无扩展名）'}（支持 .txt .md .html .docx .pdf）`,
    );
  }
  if (bytes.length > MAX_FILE_BYTES) {
    throw new ReaderError('too_large', `File is too large (${bytes.length} bytes; the limit is ${MAX_FILE_BYTES})`, `文件过大（${bytes.length} 字节，上限 ${MAX_FILE_BYTES} 字节）`);
  }
  if (bytes.length === 0) throw new ReaderError('empty', 'The file is empty', '文件是空的');
  return ext;
}

function requireText(source: SourceText): SourceText {
  if (source.text.replace(/[\s\u3000\uFEFF]/g, '') === '') throw new ReaderError('empty', 'The file contains no text', '文件中没有文字');
  return source;
}

function hasMarkdownHeadings(text: string): boolean {
  return /^#{1,6}\s+\S/m.test(text);
}

/**
 * Decode a text-based file (.txt, .md, .html) synchronously. `folder`: where the file lies, for an HTML
 * file's pictures referred to by relative path (none are read without it).
 */
export function decodeSource(name: string, bytes: Buffer, folder: string | null = null): SourceText {
  const ext = checkFile(name, bytes);
  if (NEEDS_ASYNC.includes(ext)) {
    throw new ReaderError('needs_async', `${ext} files are read with readSource()`, `${ext} 文件需异步读取`);
  }
  if (ext === '.html' || ext === '.htm') {
    const { html, encoding } = decodeHtml(bytes);
    const { text, images } = htmlToLinesWithImages(html);
    return requireText({ text, encoding, format: 'html', layout: 'paragraphs', images: htmlSourceImages(images, folder) });
  }
  const { text, encoding } = decodeText(bytes);
  const markdown = ext === '.md' || ext === '.markdown';
  return requireText({ text, encoding, format: markdown ? 'md' : 'txt', layout: markdown ? 'markdown' : 'plain' });
}

/** Read any supported file's text (and pictures: see decodeSource for `folder`). */
export async function readSource(name: string, bytes: Buffer, folder: string | null = null): Promise<SourceText> {
  const ext = checkFile(name, bytes);
  if (ext === '.docx') {
    const { text, images } = await docxToLines(bytes);
    return requireText({ text, encoding: 'docx', format: 'docx', layout: hasMarkdownHeadings(text) ? 'markdown' : 'paragraphs', images });
  }
  if (ext === '.pdf') {
    if (!bytes.subarray(0, 1024).toString('latin1').includes('%PDF')) {
      throw new ReaderError('unreadable', 'This is not a valid PDF file', '这不是有效的 PDF 文件');
    }
    const { text, layout, images } = await pdfToText(bytes);
    return requireText({ text, encoding: 'pdf', format: 'pdf', layout: 'plain', lineLayout: layout, images });
  }
  return decodeSource(name, bytes, folder);
}

/**
 * Read a file to import. `scratch`: read into this buffer (grown when too small) and return a view of it,
 * valid until the next read; a folder's text files are read one after another, and a buffer per file
 * would wait in memory for a full garbage collection.
 */
export function readSourceFile(file: string, scratch?: { buffer: Buffer }): { name: string; bytes: Buffer } {
  try {
    const stat = fs.statSync(file);
    if (stat.size > MAX_FILE_BYTES) {
      throw new ReaderError('too_large', `File is too large (${stat.size} bytes; the limit is ${MAX_FILE_BYTES})`, `文件过大（${stat.size} 字节，上限 ${MAX_FILE_BYTES} 字节）`);
    }
    return { name: path.basename(file), bytes: scratch ? readInto(file, scratch) : fs.readFileSync(file) };
  } catch (err) {
    if (err instanceof ReaderError) throw err;
    throw new ReaderError('unreadable', `Cannot read ${file}: ${(err as Error).message}`, `无法读取文件 ${file}：${(err as Error).message}`);
  }
}

function readInto(file: string, scratch: { buffer: Buffer }): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    let length = 0;
    for (;;) {
      if (length === scratch.buffer.length) {
        const grown = Buffer.allocUnsafeSlow(scratch.buffer.length * 2);
        scratch.buffer.copy(grown, 0, 0, length);
        scratch.buffer = grown;
      }
      const n = fs.readSync(fd, scratch.buffer, length, scratch.buffer.length - length, null);
      if (n === 0) return scratch.buffer.subarray(0, length);
      length += n;
    }
  } finally {
    fs.closeSync(fd);
  }
}
