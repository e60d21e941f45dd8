import { knownCondition } from './known-errors';
import type { ErrorInfo } from './types';

/** An error meant for the user: English for the CLI, Chinese for the UI. */
export class ReaderError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly messageZh: string,
  ) {
    super(message);
    this.name = 'ReaderError';
  }

  toInfo(): ErrorInfo {
    return { code: this.code, message: this.message, messageZh: this.messageZh };
  }
}

export function toErrorInfo(err: unknown): ErrorInfo {
  if (err instanceof ReaderError) return err.toInfo();
  const known = knownCondition(err);
  if (known) return { code: known.code, message: known.message, messageZh: known.messageZh };
  const message = err instanceof Error ? err.message : String(err);
  return { code: 'internal', message, messageZh: `内部错误：${message}` };
}

export function isErrorInfo(value: unknown): value is ErrorInfo {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ErrorInfo).code === 'string' &&
    typeof (value as ErrorInfo).messageZh === 'string'
  );
}

/** A SQLite or file-system failure we know (disk full, read-only, locked, damaged) as a ReaderError, else null. */
export function knownReaderError(err: unknown): ReaderError | null {
  const known = knownCondition(err);
  return known ? new ReaderError(known.code, known.message, known.messageZh) : null;
}
