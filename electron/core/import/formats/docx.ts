import v8 from 'node:v8';
import { ReaderError } from '../../../shared/errors';
import { DOCX_LIMITS, guardZip } from '../../limits/zip-guard';
import type { SourceImage } from '../../images/source-images';
import { htmlToLinesWithImages } from './html';

/**
 * The largest XML part mammoth is given: it holds the whole part and its tree in memory, 55–70 times
 * the XML's size (16 MB of XML: 1.1 GB and 4.7 s at load average 0.4; 12 MB: 670 MB and 16 s at load 13), so
 * larger parts are refused instead of exhausting memory — the heap limit is about 2 GB on an 8 GB laptop.
 */
export const MAX_DOCX_XML_BYTES = 12 * 1024 * 1024;
/** Memory mammoth takes per byte of XML, measured (see above), with room to spare. */
const MAMMOTH_BYTES_PER_XML_BYTE = 80;

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

/** Where mammoth is told to put a picture: `src` names it in the list read so far. */
const PICTURE_SRC = 'docx-picture:';

/** A Word file → paragraphs, with the document's heading styles kept as `#` lines, and its pictures in order. */
export async function docxToLines(bytes: Buffer): Promise<{ text: string; images: SourceImage[] }> {
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
  // Sizes are checked from the zip's directory before anything is inflated, then every entry is inflated
  // with its output capped, so what mammoth unpacks afterwards is known to be bounded.
  const entries = guardZip(bytes, DOCX_LIMITS);
  const xmlParts = entries.filter((e) => /\.(xml|rels)$/i.test(e.name));
  const xmlTotal = xmlParts.reduce((n, e) => n + e.size, 0);
  // One part over the limit, or several that together are (document, footnotes, comments… are all parsed).
  const hugeXml = xmlParts.find((e) => e.size > MAX_DOCX_XML_BYTES) ?? (xmlTotal > MAX_DOCX_XML_BYTES * 1.5 ? { name: 'all XML parts', size: xmlTotal } : undefined);
  if (hugeXml) {
    const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
    throw new ReaderError(
      'too_large',
      `This Word file's text is too large to read (${hugeXml.name} is ${mb(hugeXml.size)}; the limit is ${mb(MAX_DOCX_XML_BYTES)}). Split it or save it as .txt.`,
      `此 Word 文件的正文过大（${hugeXml.name} 为 ${mb(hugeXml.size)}，上限 ${mb(MAX_DOCX_XML_BYTES)}），请拆分或另存为 .txt 后导入。`,
    );
  }
  // Within the caps, still make sure this process has the memory for it (a small heap on a small laptop).
  const heap = v8.getHeapStatistics();
  const needed = MAMMOTH_BYTES_PER_XML_BYTE * xmlTotal;
  if (needed > (heap.heap_size_limit - heap.used_heap_size) * 0.8) {
    const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
    throw new ReaderError(
      'too_large',
      `Not enough memory to read this Word file now (it needs about ${mb(needed)}; ${mb(heap.heap_size_limit - heap.used_heap_size)} is free). Split it or save it as .txt.`,
      `内存不足，无法读取此 Word 文件（约需 ${mb(needed)}，可用 ${mb(heap.heap_size_limit - heap.used_heap_size)}），请拆分或另存为 .txt 后导入。`,
    );
  }
  const mammoth = await import('mammoth');
  try {
    // Each picture's bytes are read as mammoth meets it; one that cannot be read is left out, never the text.
    const pictures: Buffer[] = [];
    const convertImage = mammoth.images.imgElement(async (image) => {
      try {
        const read = await image.read();
        pictures.push(Buffer.from(read));
        return { src: `${PICTURE_SRC}${pictures.length - 1}` };
      } catch {
        return { src: '' };
      }
    });
    const { value } = await mammoth.convertToHtml({ buffer: bytes }, { convertImage });
    const { text, images } = htmlToLinesWithImages(value);
    // mammoth writes a picture's alt text (its 说明 in Word) as the <img>'s alt.
    const placed = images.flatMap(({ src, alt, at }) => {
      const picture = src.startsWith(PICTURE_SRC) ? pictures[Number(src.slice(PICTURE_SRC.length))] : undefined;
      return picture ? [{ bytes: picture, alt, at }] : [];
    });
    return { text, images: placed };
  } catch (err) {
    throw new ReaderError('unreadable', `Cannot read this .docx file: ${(err as Error).message}`, `无法读取此 .docx 文件：${(err as Error).message}`);
  }
}
