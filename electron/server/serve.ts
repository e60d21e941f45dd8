import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { toErrorInfo } from '../shared/errors';
import { createCoreClient } from '../core/host/core-client';
import { defaultLibraryPath } from '../core/paths';
import { newAccessToken } from './access-token';
import { createServer } from './create-server';
import { startRoom } from './room/start-room';

// Bundled as out/main/serve.js, beside the built renderer in out/renderer and the seeds at the top.
const here = path.dirname(fileURLToPath(import.meta.url));
const appRoot = path.resolve(here, '..', '..');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      db: { type: 'string' },
      port: { type: 'string', default: '5178' },
      'no-seed': { type: 'boolean' },
      // Trainees following a presenter over the room's network: off unless asked for (see room/room-server.ts).
      lan: { type: 'boolean' },
      'lan-host': { type: 'string', default: '0.0.0.0' },
      'lan-port': { type: 'string', default: '5179' },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, got ${values.port}`);
  const file = values.db ?? defaultLibraryPath();
  // The library runs in its own threads, so HTTP stays responsive while it works (an import, an export).
  const lib = await createCoreClient(path.join(here, 'core-worker.js'), {
    file,
    seedsDir: values['no-seed'] ? undefined : path.join(appRoot, 'seeds'),
    role: 'browser mode',
  });
  const token = newAccessToken();
  const server = createServer({ lib, rendererDir: path.join(appRoot, 'out', 'renderer'), token });
  // Without its core the server could only answer errors: say why and stop.
  lib.onStopped((err) => {
    process.stderr.write(`policy-reader serve: ${err.message}\n`);
    process.exit(1);
  });
  server.on('error', (err: NodeJS.ErrnoException) => {
    const reason = err.code === 'EADDRINUSE' ? `port ${port} is already in use (EADDRINUSE); choose another with --port` : err.message;
    process.stderr.write(`policy-reader serve: ${reason}\n`);
    void lib.close().finally(() => process.exit(1));
  });
  server.listen(port, '127.0.0.1', () => {
    const address = server.address();
    const actual = typeof address === 'object' && address ? address.port : port;
    // As Jupyter does: the address with this run's secret; only someone who can read it can use the library.
    process.stdout.write(`政策阅读器 browser mode: http://127.0.0.1:${actual}/?token=${token}  (library: ${file})\n`);
    if (values.lan) startRoom(lib, path.join(appRoot, 'out', 'renderer'), { host: values['lan-host'], port: Number(values['lan-port']) }).catch(fail);
  });
  function fail(err: Error): void {
    process.stderr.write(`policy-reader serve: the room door cannot start: ${err.message}\n`);
    void lib.close().finally(() => process.exit(1));
  }
  const stop = () => {
    server.close(() => void lib.close().then(() => process.exit(0)));
    // Idle keep-alive sockets would otherwise hold close() open indefinitely.
    server.closeAllConnections();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  process.stderr.write(`policy-reader serve: ${toErrorInfo(err).message}\n`);
  process.exitCode = 1;
});
