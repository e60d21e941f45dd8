import os from 'node:os';
import type { CoreApi } from '../../core/core-api';
import { newJoinCode } from './join-code';
import { createRoomServer } from './room-server';

export interface RoomOptions {
  host: string;
  port: number;
}

/** The room's addresses to print: every IPv4 address of this machine when bound to all of them. */
function addressesOf(host: string): string[] {
  if (host !== '0.0.0.0') return [host];
  const found = Object.values(os.networkInterfaces())
    .flat()
    .filter((a) => a && a.family === 'IPv4' && !a.internal)
    .map((a) => a!.address);
  return found.length > 0 ? found : ['127.0.0.1'];
}

/** `serve --lan`: the read-only room door for trainees, on purpose only. Prints its address and join code. */
export function startRoom(lib: CoreApi, rendererDir: string, { host, port }: RoomOptions): Promise<{ port: number; code: string; close(): void }> {
  const code = newJoinCode();
  const server = createRoomServer({ lib, rendererDir, code });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      const urls = addressesOf(host).map((a) => `http://${a}:${actual}/`);
      process.stdout.write(`政策阅读器 room (read-only, for trainees): ${urls.join('  ')}  join code ${code}\n`);
      // The presenter's screens show where to join (and the code), so trainees can read it off the projector.
      lib.call('setRoomInfo', { room: { urls, code, pid: process.pid } }).catch(() => {});
      resolve({
        port: actual,
        code,
        close: () => {
          server.close();
          server.closeAllConnections();
        },
      });
    });
  });
}
