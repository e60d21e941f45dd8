import type { CoreEvent } from '../../shared/core-events';
import type { ErrorInfo } from '../../shared/types';
import type { SafetyReport } from '../safety/prepare-library';

/** Door → core thread: a contract method, or a host-only call (never reachable from a page). */
export type HostRequest =
  | { kind: 'call'; id: number; method: string; args: unknown }
  | { kind: 'exportToFile'; id: number; args: unknown }
  | { kind: 'close' };

/** Core thread → door. */
export type HostMessage =
  | { kind: 'ready'; file: string; safety: SafetyReport }
  | { kind: 'failed'; error: ErrorInfo }
  | { kind: 'reply'; id: number; ok: true; result: unknown }
  | { kind: 'reply'; id: number; ok: false; error: ErrorInfo }
  | { kind: 'event'; event: CoreEvent }
  | { kind: 'closed' };

/** Where the core thread starts: which library, and the seeds to import on its first launch. */
export interface HostOptions {
  file: string;
  seedsDir?: string;
  /** Who opens the library, as other processes are told ("desktop app", "browser mode"). */
  role?: string;
  /** The writer runs every method; a reader (opened after the writer) only answers reads. */
  thread?: 'writer' | 'reader';
}
