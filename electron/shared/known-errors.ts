// The one place where low-level failures (SQLite result codes, Node errno codes) become error codes that
// say what happened. Everything that reports an error goes through toErrorInfo, which asks this first.

export interface KnownCondition {
  code: 'disk_full' | 'read_only' | 'locked' | 'damaged' | 'bad_file' | 'too_large';
  message: string;
  messageZh: string;
}

function codeOf(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/** The condition behind a SQLite or file-system error, or null when it is not one we know. */
export function knownCondition(err: unknown): KnownCondition | null {
  const code = codeOf(err);
  const detail = err instanceof Error ? err.message : String(err);
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT' || code.startsWith('SQLITE_IOERR_WRITE') && /full/i.test(detail)) {
    return {
      code: 'disk_full',
      message: `The disk is full: nothing was written (${detail}). Free some space and try again.`,
      messageZh: '磁盘已满，本次操作没有写入任何内容。请腾出空间后重试。',
    };
  }
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') {
    return {
      code: 'read_only',
      message: `The library is read-only (on a read-only medium or without write permission): it can be read and searched, not changed (${detail}).`,
      messageZh: '文库为只读（位于只读介质上或没有写入权限）：可以阅读和搜索，但不能修改。',
    };
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return {
      code: 'locked',
      message: `The library is busy: another Policy Reader process kept it locked for too long (${detail}). Try again.`,
      messageZh: '文库正被另一个政策阅读器进程占用，等待超时，请稍后重试。',
    };
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return {
      code: 'damaged',
      message: `The library file is damaged (${detail}). Restart Policy Reader to check it and restore the last good backup.`,
      messageZh: '文库文件已损坏。请重新启动政策阅读器，以检查文库并恢复最近的完好备份。',
    };
  }
  if (code === 'ERR_BUFFER_TOO_LARGE' || code === 'ERR_STRING_TOO_LONG' || err instanceof RangeError && /Invalid (string|array) length|too large/i.test(detail)) {
    return {
      code: 'too_large',
      message: 'The file is too large to read: it unpacks to more than the reader accepts.',
      messageZh: '文件过大：解压后的内容超过阅读器允许的上限。',
    };
  }
  return null;
}
