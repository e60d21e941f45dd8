import { ReaderError } from '../../../shared/errors';
import { htmlToLines } from './html';

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

/** A Word file → paragraphs, with the document's heading styles kept as `#` lines. */
export async function docxToLines(bytes: Buffer): Promise<string> {
  if (OLE_SIGNATURE.every((b, i) => bytes[i] === b)) {
    throw new ReaderError(
      'encrypted',
      'This Word file is encrypted or in the old .doc format; save it as an unprotected .docx first',
      '此 Word 文件已加密或为旧版 .doc 格式，请先另存为未加密的 .docx',
    );
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new ReaderError('unreadable', 'This is not a valid .docx file', '这不是有效的 .docx 文件');
  }
  const mammoth = await import('mammoth');
  try {
    const { value } = await mammoth.convertToHtml({ buffer: bytes });
    return htmlToLines(value);
  } catch (err) {
    throw new ReaderError('unreadable', `Cannot read this .docx file: ${(err as Error).message}`, `无法读取此 .docx 文件：${(err as Error).message}`);
  }
}
