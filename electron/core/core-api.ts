import type { ArgsIn, MethodName, Result } from '../shared/contract';
import type { CoreEvent } from '../shared/core-events';
import type { ExportRequest } from './export/export-annotations';

/** An export written by the core to a file the user chose (desktop save dialog); the bytes never leave the core. */
export interface ExportToFile extends ExportRequest {
  path: string;
}

/**
 * The core as a door sees it, wherever it runs: in this thread (the CLI, tests: `Library`) or in its
 * own worker thread (the desktop app and browser mode: `CoreClient`).
 */
export interface CoreApi {
  call<M extends MethodName>(name: M, args: ArgsIn<M> | unknown): Promise<Result<M>>;
  /** Change events after mutations and import progress; returns the unsubscribe function. */
  onEvent(listener: (event: CoreEvent) => void): () => void;
  /** Build an export and write it atomically to `path` (not part of the contract: no page may name a path). */
  exportToFile(request: ExportToFile): Promise<{ path: string; count: number; bytes: number }>;
}
