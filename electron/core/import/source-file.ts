import fs from 'node:fs';
import path from 'node:path';
import { ReaderError } from '../../shared/errors';

export interface SourceText {
  /** The text exactly as decoded from the file. */
  text: string;
  encoding: string;
  format: string;
}

export const MAX_FILE_BYTES = 200 * 1024 * 1024;
export const SUPPORTED_EXTENSIONS = ['.txt', '.md'];

export function isSupportedFile(file: string): boolean {
  return SUPPORTED_EXTENSIONS.includes(path.extname(file).toLowerCase());
}

/** Decode a file's bytes into text. Formats other than plain text arrive with the import issue. */
export function decodeSource(name: string, bytes: Buffer): SourceText {
  const ext = path.extname(name).toLowerCase();
  if (!SUPPORTED_EXTENSIONS.includes(ext)) {
    throw new ReaderError('unsupported', `Unsupported file type: ${ext || '(none)'}`, `不支持的文件类型：${ext || '（无扩展名）'}`);
  }
  if (bytes.length > MAX_FILE_BYTES) {
    throw new ReaderError('too_large', `File is too large (${bytes.length} bytes)`, `文件过大（${bytes.length} 字节）`);
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  if (text.trim() === '') throw new ReaderError('empty', 'The file contains no text', '文件中没有文字');
  return { text, encoding: 'utf-8', format: ext.slice(1) };
}

export function readSourceFile(file: string): { name: string; bytes: Buffer } {
  try {
    return { name: path.basename(file), bytes: fs.readFileSync(file) };
  } catch (err) {
    throw new ReaderError('unreadable', `Cannot read ${file}: ${(err as Error).message}`, `无法读取文件 ${file}：${(err as Error).message}`);
  }
}
