// An import's helper thread (bundled as out/main/import-worker.js): it reads and prepares the text files
// the import will store next (prepare-source.ts), while the library's thread stores the ones before them.
// Each answer is followed by a tick on the shared signal, so the importing thread can wait for it
// without returning to its event loop (text-preparer.ts).
import { workerData, type MessagePort } from 'node:worker_threads';
import { rowBuffers } from '../search/search-rows';
import { prepareTextFile } from './prepare-source';
import type { PrepareRequest, PrepareWorkerData } from './text-preparer';

const { port, signal } = workerData as PrepareWorkerData;
const tick = () => {
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
};
(port as MessagePort).on('message', ({ id, file }: PrepareRequest) => {
  const result = prepareTextFile(file);
  // The search rows (the largest part) change hands without a copy.
  port.postMessage({ id, result }, result.ok ? rowBuffers(result.prepared.search) : []);
  tick();
});
process.on('exit', () => {
  Atomics.store(signal, 1, 1);
  tick();
});
