// Browser mode (`npm run serve`) for tests and benches: started on a library, its address (with this
// run's access token) read from what it prints, and its API called as the page calls it.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { servePath, tempDir } from './paths.ts';

export interface ReaderServer {
  /** The address `serve` printed, with this run's access token: what a user opens. */
  url: string;
  /** The server's root (http://127.0.0.1:PORT/), without the token: what the page shows after it took the token. */
  base: string;
  token: string;
  dbPath: string;
  process: ChildProcess;
  /** Everything the server printed so far. */
  output(): string;
}

/** Start browser mode (`npm run serve`) on a fresh temp library and wait for its address. */
export async function startServer(options: { dbPath?: string; seed?: boolean; args?: string[] } = {}): Promise<ReaderServer> {
  const dbPath = options.dbPath ?? path.join(tempDir(), 'library.db');
  const args = [servePath, '--db', dbPath, '--port', '0', ...(options.seed === false ? ['--no-seed'] : []), ...(options.args ?? [])];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+/.exec(output);
      if (match) resolve(match[0]);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
    setTimeout(() => reject(new Error(`server did not start: ${output}`)), 30_000).unref();
  });
  const parsed = new URL(url);
  return { url, base: `${parsed.origin}/`, token: parsed.searchParams.get('token')!, dbPath, process: child, output: () => output };
}

/** Call the API as the page does, with the token; returns the result or throws the error's message. */
export async function callApi<T>(server: Pick<ReaderServer, 'base' | 'token'>, method: string, args: unknown = {}): Promise<T> {
  const response = await fetch(`${server.base}api/${method}`, { method: 'POST', headers: apiHeaders(server), body: JSON.stringify(args) });
  const body = (await response.json()) as { ok: boolean; result?: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
  return body.result as T;
}

export function apiHeaders(server: Pick<ReaderServer, 'token'>): Record<string, string> {
  return { 'content-type': 'application/json', 'x-policy-reader-token': server.token };
}

export async function stopServer(server: ReaderServer): Promise<void> {
  if (server.process.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    server.process.once('exit', () => resolve());
    server.process.kill('SIGTERM');
  });
}
