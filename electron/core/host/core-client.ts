import { Worker } from 'node:worker_threads';
import { isMethodName, type ArgsIn, type MethodName, type Result } from '../../shared/contract';
import type { CoreEvent } from '../../shared/core-events';
import type { ImportProgress } from '../../shared/import-types';
import { ReaderError } from '../../shared/errors';
import { validateArgs } from '../../shared/validate';
import type { ErrorInfo } from '../../shared/types';
import type { CoreApi, ExportToFile } from '../core-api';
import type { SafetyReport } from '../safety/prepare-library';
import type { HostMessage, HostOptions, HostRequest } from './host-messages';
import { threadFor } from './route';

export interface CoreClient extends CoreApi {
  file: string;
  safety: SafetyReport;
  /** Close the library in its threads, then end them. */
  close(): Promise<void>;
  /** Called once if a core thread stops without being closed (a crash): every call fails from then on. */
  onStopped(listener: (error: ReaderError) => void): void;
}

const fromInfo = (e: ErrorInfo) => new ReaderError(e.code, e.message, e.messageZh);

interface CoreThread {
  file: string;
  safety: SafetyReport;
  request(make: (id: number) => HostRequest): Promise<unknown>;
  close(): Promise<void>;
}

/** One worker thread running core-worker.js; resolves once its library is open. */
function startThread(
  workerFile: string,
  options: HostOptions,
  onEvent: (event: CoreEvent) => void,
  onStopped: (error: ReaderError) => void,
): Promise<CoreThread> {
  const worker = new Worker(workerFile, { workerData: options });
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: unknown): void }>();
  let nextId = 1;
  let closed: Promise<void> | null = null;
  const failAll = (err: Error) => {
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  return new Promise((resolve, reject) => {
    worker.on('error', (err) => {
      failAll(err);
      reject(err);
    });
    worker.on('exit', (code) => {
      const err = new ReaderError('core_stopped', `The library thread stopped (exit code ${code})`, `文库线程已停止（代码 ${code}）`);
      failAll(err);
      reject(err);
      if (!closed) {
        closed = Promise.resolve();
        onStopped(err);
      }
    });
    worker.on('message', (message: HostMessage) => {
      switch (message.kind) {
        case 'ready':
          resolve({
            file: message.file,
            safety: message.safety,
            request: (make) =>
              new Promise<unknown>((done, fail) => {
                if (closed) return fail(new ReaderError('closed', 'The library is closed', '文库已关闭'));
                const id = nextId++;
                pending.set(id, { resolve: done, reject: fail });
                worker.postMessage(make(id));
              }),
            close: () =>
              (closed ??= new Promise<void>((done) => {
                worker.once('exit', () => done());
                worker.postMessage({ kind: 'close' } satisfies HostRequest);
              })),
          });
          break;
        case 'failed':
          reject(fromInfo(message.error));
          void worker.terminate();
          break;
        case 'reply': {
          const p = pending.get(message.id);
          pending.delete(message.id);
          if (message.ok) p?.resolve(message.result);
          else p?.reject(fromInfo(message.error));
          break;
        }
        case 'event':
          onEvent(message.event);
          break;
        case 'closed':
          break;
      }
    });
  });
}

/**
 * Start the core off the caller's thread (`workerFile`: the built out/main/core-worker.js): a writer
 * thread opens the library (checks, upgrades, seeds on first launch) and runs every mutation; then a
 * reader thread opens a second connection and answers the reads, so a long import never holds up a
 * list, a search or a text. Rejects with the core's ReaderError if the library cannot be opened.
 * Events (changes, import progress) stream from the writer.
 */
export async function createCoreClient(workerFile: string, options: HostOptions): Promise<CoreClient> {
  const listeners = new Set<(event: CoreEvent) => void>();
  /** The writer's last word on the running import: answers getImportProgress even while a batch holds it. */
  let progress: ImportProgress | null = null;
  const emit = (event: CoreEvent) => {
    if (event.type === 'progress') progress = event.progress;
    for (const listener of listeners) listener(event);
  };
  let stopped: ((error: ReaderError) => void) | null = null;
  let stoppedWith: ReaderError | null = null;
  const onStopped = (error: ReaderError) => {
    if (stoppedWith) return;
    stoppedWith = error;
    stopped?.(error);
  };
  const writer = await startThread(workerFile, { ...options, thread: 'writer' }, emit, onStopped);
  let reader: CoreThread;
  try {
    reader = await startThread(workerFile, { file: writer.file, role: options.role, thread: 'reader' }, () => {}, onStopped);
  } catch (err) {
    await writer.close();
    throw err;
  }
  const threads = { writer, reader };
  return {
    file: writer.file,
    safety: writer.safety,
    call: async <M extends MethodName>(name: M, args: ArgsIn<M> | unknown): Promise<Result<M>> => {
      if (name === 'getImportProgress' && progress) {
        validateArgs(name, args);
        return progress as Result<M>;
      }
      const thread = isMethodName(name) ? threads[threadFor(name)] : writer;
      return thread.request((id) => ({ kind: 'call', id, method: name, args })) as Promise<Result<M>>;
    },
    exportToFile: (args: ExportToFile) =>
      writer.request((id) => ({ kind: 'exportToFile', id, args })) as Promise<{ path: string; count: number; bytes: number }>,
    onEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: async () => {
      stopped = null;
      await reader.close();
      await writer.close();
    },
    onStopped: (listener) => {
      stopped = listener;
      if (stoppedWith) listener(stoppedWith);
    },
  };
}
