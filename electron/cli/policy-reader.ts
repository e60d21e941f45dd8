import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setImportWorkerFile } from '../core/import/text-preparer';
import { runCli } from './main';

setImportWorkerFile(path.join(path.dirname(fileURLToPath(import.meta.url)), 'import-worker.js'));

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`policy-reader: ${(err as Error).message}\n`);
    process.exitCode = 1;
  },
);
