// The core's own thread (bundled as out/main/core-worker.js): it opens the library and answers the
// door that started it (the desktop app's main process, or the browser-mode server).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { toErrorInfo } from '../../shared/errors';
import { openLibrary } from '../open-library';
import { serveLibrary, type HostPort } from './core-host';
import type { HostOptions } from './host-messages';
import { setImportWorkerFile } from '../import/text-preparer';

setImportWorkerFile(path.join(path.dirname(fileURLToPath(import.meta.url)), 'import-worker.js'));

const port = parentPort as unknown as HostPort | null;
if (!port) throw new Error('core-worker.js runs as a worker thread (see core/host/core-client.ts)');
const options = workerData as HostOptions;
try {
  const lib = openLibrary(options.file, { seedsDir: options.seedsDir, role: options.role, thread: options.thread });
  serveLibrary(lib, port, () => parentPort?.close());
  port.postMessage({ kind: 'ready', file: lib.file, safety: lib.safety });
} catch (err) {
  port.postMessage({ kind: 'failed', error: toErrorInfo(err) });
}
