import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { test as base } from '@playwright/test';
import { servePath, tempDir } from '../helpers/paths';

export interface ReaderServer {
  url: string;
  dbPath: string;
  process: ChildProcess;
}

/** Start browser mode (`npm run serve`) on a fresh temp library and wait for its address. */
export async function startServer(options: { dbPath?: string; seed?: boolean } = {}): Promise<ReaderServer> {
  const dbPath = options.dbPath ?? path.join(tempDir(), 'library.db');
  const args = [servePath, '--db', dbPath, '--port', '0', ...(options.seed === false ? ['--no-seed'] : [])];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
      if (match) resolve(match[0]);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
    setTimeout(() => reject(new Error(`server did not start: ${output}`)), 30_000);
  });
  return { url, dbPath, process: child };
}

export async function stopServer(server: ReaderServer): Promise<void> {
  if (server.process.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    server.process.once('exit', () => resolve());
    server.process.kill('SIGTERM');
  });
}

/** `server`: a browser-mode server with the seed library, one per test. */
export const test = base.extend<{ server: ReaderServer }>({
  server: async ({}, use) => {
    const server = await startServer();
    await use(server);
    await stopServer(server);
  },
});

export { expect } from '@playwright/test';
