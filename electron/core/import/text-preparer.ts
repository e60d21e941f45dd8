import fs from 'node:fs';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { prepareTextFile, type PreparedFile, type PreparedSource } from './prepare-source';

// A folder's text files are read, cleaned and structured (prepare-source.ts) in a worker thread, a few
// files ahead of the import, which stores each in the library meanwhile: the two halves of an import
// run on two cores. The import takes each file's result synchronously, in order, so its batch
// transaction never stays open across a turn of the event loop (no other request can run inside it).
// Without the worker (no built worker file, as under vitest; a small import; a big file; a worker that
// died or went silent), a file is prepared in the importing thread, with the same result.

let workerFile: string | null = null;

/** Doors that ship the built worker (out/main/import-worker.js) say where it is. */
export function setImportWorkerFile(file: string): void {
  workerFile = fs.existsSync(file) ? file : null;
}

/** Fewer text files than this are prepared in the importing thread: starting a worker costs more. */
const MIN_FILES = 8;
/** Files read ahead of the one being stored: at most this many, and this many bytes. */
const AHEAD_FILES = 32;
const AHEAD_BYTES = 1024 * 1024;
/** Bigger files are prepared in the importing thread: the worker's heap stays small. */
const WORKER_MAX_FILE = 8 * 1024 * 1024;
/** A worker that has work and says nothing for this long is given up (it ran out of memory, or hangs). */
const SILENCE_MS = 30_000;
const WORKER_OLD_MB = 128;
const WORKER_YOUNG_MB = 4;

export interface PrepareRequest {
  id: number;
  file: string;
}
export interface PrepareWorkerData {
  port: MessagePort;
  /** [answers posted, worker exited]. */
  signal: Int32Array;
}

/** How many files the last import's worker prepared (bench:import prints it; a test checks the worker ran). */
let lastWorkerCount = 0;
export const filesPreparedInWorker = (): number => lastWorkerCount;

export interface TextPreparer {
  /** The next file's result; files are taken in the order given. */
  take(file: string): PreparedFile;
  close(): void;
}

export function openTextPreparer(files: readonly string[]): TextPreparer {
  lastWorkerCount = 0;
  if (!workerFile || files.length < MIN_FILES) return { take: prepareTextFile, close: () => {} };
  return new WorkerPreparer(workerFile, files);
}

/**
 * Buffers come back from another thread as plain Uint8Arrays, without Buffer's methods (image-info.ts reads a
 * picture's header with them): Buffers again, over the same memory.
 */
const asBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

function received(result: PreparedFile): PreparedFile {
  if (!result.ok) return result;
  const p: PreparedSource = result.prepared;
  p.packedOriginal = asBuffer(p.packedOriginal);
  if (p.bytes) p.bytes = asBuffer(p.bytes);
  for (const image of p.withImages?.images ?? []) image.bytes = asBuffer(image.bytes);
  return result;
}

class WorkerPreparer implements TextPreparer {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly signal = new Int32Array(new SharedArrayBuffer(8));
  private readonly results = new Map<number, PreparedFile>();
  /** Submitted and not yet taken: id → bytes. */
  private readonly pending = new Map<number, number>();
  private nextToSubmit = 0;
  private nextToTake = 0;
  private lastHeard = performance.now();
  private alive = true;

  constructor(
    file: string,
    private readonly files: readonly string[],
  ) {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    const data: PrepareWorkerData = { port: port2, signal: this.signal };
    this.worker = new Worker(file, { workerData: data, transferList: [port2], resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
    this.worker.on('error', () => this.giveUp()); // also seen here at the next turn of the event loop
    this.worker.unref();
    this.submitAhead();
  }

  take(file: string): PreparedFile {
    const id = this.nextToTake++;
    if (this.files[id] !== file) throw new Error(`Files are prepared in the order given: expected ${this.files[id]}, got ${file}`);
    const result = this.results.has(id) || this.pending.has(id) ? this.await(id) : null;
    this.submitAhead();
    return result ?? prepareTextFile(file);
  }

  close(): void {
    this.giveUp();
  }

  private submitAhead(): void {
    if (!this.alive) return;
    let bytes = [...this.pending.values()].reduce((a, b) => a + b, 0);
    while (this.nextToSubmit < this.files.length && this.pending.size < AHEAD_FILES && bytes < AHEAD_BYTES) {
      const id = this.nextToSubmit++;
      if (id < this.nextToTake) continue;
      const size = sizeOf(this.files[id]!);
      if (size === null || size > WORKER_MAX_FILE) continue; // prepared here when taken (a missing file's error too)
      if (this.pending.size === 0) this.lastHeard = performance.now();
      this.pending.set(id, size);
      bytes += size;
      this.port.postMessage({ id, file: this.files[id]! } satisfies PrepareRequest);
    }
  }

  /** Wait for file `id`'s answer; null when the worker is given up on first. Answers come in order. */
  private await(id: number): PreparedFile | null {
    for (;;) {
      const ready = this.results.get(id);
      if (ready) {
        this.results.delete(id);
        return ready;
      }
      const seen = Atomics.load(this.signal, 0);
      const m = receiveMessageOnPort(this.port);
      if (m) {
        const { id: answered, result } = m.message as { id: number; result: PreparedFile };
        this.pending.delete(answered);
        this.results.set(answered, received(result));
        lastWorkerCount++;
        this.lastHeard = performance.now();
        continue;
      }
      if (!this.alive || Atomics.load(this.signal, 1) === 1 || performance.now() - this.lastHeard > SILENCE_MS) {
        this.giveUp();
        return null;
      }
      Atomics.wait(this.signal, 0, seen, 250);
    }
  }

  private giveUp(): void {
    if (!this.alive) return;
    this.alive = false;
    this.pending.clear();
    this.results.clear();
    this.port.close();
    void this.worker.terminate();
  }
}

function sizeOf(file: string): number | null {
  try {
    return fs.statSync(file).size;
  } catch {
    return null;
  }
}
