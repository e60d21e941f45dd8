import fs from 'node:fs';
import path from 'node:path';
import { ReaderError } from '../shared/errors';

/**
 * Write a file so that it is either the complete new content or untouched: write a temp file in the
 * same folder, flush it, then rename it over the target. A failure never leaves half a file or
 * destroys the file that was there.
 */
export function writeFileAtomic(target: string, data: Buffer | string): void {
  const dir = path.dirname(path.resolve(target));
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  let fd: number | null = null;
  try {
    fd = fs.openSync(temp, 'wx');
    fs.writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = null;
    fs.renameSync(temp, target);
  } catch (err) {
    if (fd !== null) fs.closeSync(fd);
    fs.rmSync(temp, { force: true });
    const reason = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    throw new ReaderError('write_failed', `Cannot write ${target}: ${reason}`, `无法写入文件 ${target}（${reason}）`);
  }
}
