import zlib from 'node:zlib';
import { ReaderError } from '../../shared/errors';

/** What a zip file (a .docx, a pack) may hold before anything in it is inflated. */
export interface ZipLimits {
  maxEntries: number;
  /** Largest uncompressed size of one entry. */
  maxEntryBytes: number;
  /** Largest uncompressed size of all entries together. */
  maxTotalBytes: number;
  /** Largest uncompressed/compressed ratio of an entry bigger than 1 MB (a zip bomb is ~1000:1). */
  maxRatio: number;
}

export const DOCX_LIMITS: ZipLimits = {
  maxEntries: 5_000,
  maxEntryBytes: 48 * 1024 * 1024,
  maxTotalBytes: 160 * 1024 * 1024,
  maxRatio: 200,
};

export interface ZipEntryInfo {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function badZip(detail: string): ReaderError {
  return new ReaderError('unreadable', `The file is not a valid zip package (${detail})`, `文件不是有效的压缩包（${detail}）`);
}

function tooLarge(detail: string, zh: string): ReaderError {
  return new ReaderError('too_large', `Refused before unpacking: ${detail}`, `已拒绝（未解压）：${zh}`);
}

const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/** Read the central directory: every entry's declared sizes, without inflating anything. */
export function readZipDirectory(bytes: Buffer): ZipEntryInfo[] {
  const from = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= from; i--) {
    if (bytes.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw badZip('no end of central directory');
  const count = bytes.readUInt16LE(eocd + 10);
  const dirSize = bytes.readUInt32LE(eocd + 12);
  const dirOffset = bytes.readUInt32LE(eocd + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) throw tooLarge('a ZIP64 package (more than 65,535 entries or 4 GB)', '超大（ZIP64）压缩包');
  if (dirOffset + dirSize > bytes.length) throw badZip('central directory outside the file');
  const entries: ZipEntryInfo[] = [];
  let p = dirOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || bytes.readUInt32LE(p) !== CENTRAL) throw badZip('damaged central directory');
    const nameLength = bytes.readUInt16LE(p + 28);
    entries.push({
      method: bytes.readUInt16LE(p + 10),
      compressedSize: bytes.readUInt32LE(p + 20),
      size: bytes.readUInt32LE(p + 24),
      localHeaderOffset: bytes.readUInt32LE(p + 42),
      name: bytes.toString('utf8', p + 46, p + 46 + nameLength),
    });
    p += 46 + nameLength + bytes.readUInt16LE(p + 30) + bytes.readUInt16LE(p + 32);
  }
  return entries;
}

/** Refuse a package whose declared contents exceed the limits; nothing is inflated. */
export function checkZipDirectory(entries: ZipEntryInfo[], limits: ZipLimits): void {
  if (entries.length > limits.maxEntries) {
    throw tooLarge(`${entries.length} entries (the limit is ${limits.maxEntries})`, `包含 ${entries.length} 个条目（上限 ${limits.maxEntries}）`);
  }
  let total = 0;
  for (const e of entries) {
    if (e.size === 0xffffffff || e.compressedSize === 0xffffffff) throw tooLarge(`${e.name} is a ZIP64 entry (4 GB or more)`, `${e.name} 超过 4 GB`);
    if (e.size > limits.maxEntryBytes) {
      throw tooLarge(`${e.name} unpacks to ${mb(e.size)} (the limit is ${mb(limits.maxEntryBytes)})`, `${e.name} 解压后 ${mb(e.size)}（上限 ${mb(limits.maxEntryBytes)}）`);
    }
    if (e.size > 1024 * 1024 && e.size > limits.maxRatio * Math.max(1, e.compressedSize)) {
      throw tooLarge(
        `${e.name} is compressed ${Math.round(e.size / Math.max(1, e.compressedSize))}:1 (a zip bomb; the limit is ${limits.maxRatio}:1)`,
        `${e.name} 压缩比异常（疑似压缩炸弹）`,
      );
    }
    total += e.size;
  }
  if (total > limits.maxTotalBytes) {
    throw tooLarge(`the package unpacks to ${mb(total)} (the limit is ${mb(limits.maxTotalBytes)})`, `解压后共 ${mb(total)}（上限 ${mb(limits.maxTotalBytes)}）`);
  }
}

/**
 * Inflate one entry with its output capped at its declared size: a package whose headers lie about
 * their sizes stops at the cap instead of filling the memory.
 */
export function inflateEntry(bytes: Buffer, entry: ZipEntryInfo): Buffer {
  const p = entry.localHeaderOffset;
  if (p + 30 > bytes.length || bytes.readUInt32LE(p) !== LOCAL) throw badZip(`damaged entry ${entry.name}`);
  const start = p + 30 + bytes.readUInt16LE(p + 26) + bytes.readUInt16LE(p + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) {
    if (data.length !== entry.size) throw badZip(`entry ${entry.name} is truncated`);
    return data;
  }
  if (entry.method !== 8) throw badZip(`entry ${entry.name} uses compression method ${entry.method}`);
  let out: Buffer;
  try {
    out = zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) + 1 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw tooLarge(`${entry.name} unpacks to more than the ${entry.size} bytes its header declares`, `${entry.name} 实际解压大小超过声明大小`);
    }
    throw badZip(`entry ${entry.name} cannot be inflated: ${(err as Error).message}`);
  }
  if (out.length !== entry.size) throw badZip(`entry ${entry.name} unpacks to ${out.length} bytes, not the ${entry.size} declared`);
  return out;
}

/**
 * Check a zip package against the limits before any library inflates it: the declared sizes first
 * (no inflating), then the actual sizes with capped inflation, so a package that passes holds at most
 * what the limits allow, whatever its headers say.
 */
export function guardZip(bytes: Buffer, limits: ZipLimits): ZipEntryInfo[] {
  const entries = readZipDirectory(bytes);
  checkZipDirectory(entries, limits);
  for (const e of entries) if (!e.name.endsWith('/')) inflateEntry(bytes, e);
  return entries;
}
