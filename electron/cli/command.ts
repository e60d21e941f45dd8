import type { ParseArgsConfig } from 'node:util';
import type { Library } from '../core/open-library';

export interface CliIo {
  json: boolean;
  /** Print a result: JSON on stdout with --json, else the human rendering. */
  out(value: unknown, human?: () => string): void;
  /** One line of a stream of answers on stdout; resolves when the reader is ready for the next. */
  line(text: string): Promise<void>;
  /** Progress and logs: always stderr, so stdout stays clean JSON. */
  log(message: string): void;
  stdin(): AsyncIterable<string>;
}

export interface CliCommand {
  name: string;
  usage: string;
  summary: string;
  options?: ParseArgsConfig['options'];
  /** Commands that must not run against a library (none yet) can set this false. */
  run(lib: Library, positionals: string[], values: Record<string, unknown>, io: CliIo): Promise<number | void>;
}

export class UsageError extends Error {}

export function requireDocId(value: string | undefined): number {
  const n = Number(value);
  if (!value || !Number.isInteger(n) || n <= 0) throw new UsageError(`DOC must be a document id (a positive integer), got: ${value ?? '(nothing)'}`);
  return n;
}

export function intOption(values: Record<string, unknown>, name: string): number | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--${name} must be a positive integer, got: ${String(raw)}`);
  return n;
}
