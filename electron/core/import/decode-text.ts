import { ReaderError } from '../../shared/errors';

export interface DecodedText {
  text: string;
  /** WHATWG name of the encoding found: utf-8, utf-16le, utf-16be, gb18030. */
  encoding: string;
}

const HAN = /[\u3000-\u303F\u4E00-\u9FFF\uFF00-\uFFEF]/g;

function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** How much a decoding looks like Chinese text: the share of Han characters and CJK punctuation, minus control garbage. */
function chineseScore(text: string): number {
  const sample = text.slice(0, 20000);
  if (!sample) return 0;
  const han = sample.match(HAN)?.length ?? 0;
  const controls = sample.match(/[\u0000-\u0008\u000E-\u001F\uFFFD\uE000-\uF8FF]/g)?.length ?? 0;
  return (han - 4 * controls) / sample.length;
}

function utf16Guess(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const n = Math.min(bytes.length, 8192);
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) i % 2 === 0 ? zeroEven++ : zeroOdd++;
  const pairs = n / 2;
  if (zeroOdd > pairs * 0.05 && zeroEven < pairs * 0.01) return 'utf-16le';
  if (zeroEven > pairs * 0.05 && zeroOdd < pairs * 0.01) return 'utf-16be';
  return null;
}

/**
 * Find the encoding of a text file without asking: a BOM if there is one, then UTF-8 if the bytes are valid UTF-8,
 * then whichever of UTF-16 (LE/BE, without BOM) and GB18030 reads as Chinese text.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };

  const zeros = utf16Guess(bytes);
  if (zeros) {
    const text = tryDecode(zeros, bytes);
    if (text !== null) return { text, encoding: zeros };
  }
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) {
    const head = utf8.slice(0, 4096);
    const nuls = head.match(/\u0000/g)?.length ?? 0;
    // A stray NUL or two in valid UTF-8 (a bad copy, an editor's slip) is not another encoding: drop them.
    if (nuls === 0) return { text: utf8, encoding: 'utf-8' };
    if (nuls <= Math.max(4, head.length * 0.02)) return { text: utf8.replace(/\u0000/g, ''), encoding: 'utf-8' };
  }

  const candidates: DecodedText[] = [];
  for (const encoding of ['gb18030', 'utf-16le', 'utf-16be']) {
    if (encoding !== 'gb18030' && bytes.length % 2 !== 0) continue;
    const text = tryDecode(encoding, bytes);
    if (text !== null) candidates.push({ text, encoding });
  }
  const best = candidates.map((c) => ({ c, score: chineseScore(c.text) })).sort((a, b) => b.score - a.score)[0];
  if (best && best.score > 0.2) return best.c;
  throw new ReaderError(
    'unknown_encoding',
    'Cannot tell how this text file is encoded (tried UTF-8, UTF-16 and GB18030)',
    '无法识别此文本文件的编码（已尝试 UTF-8、UTF-16 和 GB18030）',
  );
}
