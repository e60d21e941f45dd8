import { spawnSync } from 'node:child_process';
import { cliPath } from './paths';

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** Run the built `policy-reader` bin exactly as a user would (after npm run build). */
export function runCli(args: string[], options: { input?: string; env?: NodeJS.ProcessEnv } = {}): CliRun {
  const r = spawnSync(process.execPath, [cliPath, ...args], {
    input: options.input,
    encoding: 'utf8',
    env: { ...process.env, ...options.env },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function runCliJson<T = unknown>(args: string[], options?: { input?: string; env?: NodeJS.ProcessEnv }): T {
  const r = runCli([...args, '--json'], options);
  if (r.status !== 0) throw new Error(`policy-reader ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}
