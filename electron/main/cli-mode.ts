import { spawnSync } from 'node:child_process';

const CLI_FLAGS = new Set(['--help', '-h', '--version', '-v', '--json']);

/**
 * The installed app is also the `policy-reader` command (the .deb links /usr/bin/policy-reader to it;
 * an AppImage can be linked anywhere on the PATH): started with a CLI command or flag, it acts as the
 * CLI instead of opening a window. Returns the CLI's arguments, or null for a normal start
 * (no arguments, files to open, a policy-reader:// link, Chromium switches).
 */
export function cliArgumentsIn(args: string[], commandNames: readonly string[]): string[] | null {
  if (args.includes('--cli')) return args.filter((a) => a !== '--cli');
  const first = (args[0] === '--db' ? args.slice(2) : args)[0];
  if (first === undefined) return null;
  return CLI_FLAGS.has(first) || commandNames.includes(first) ? args : null;
}

/** Run the bundled CLI with this executable in Node mode (no window, no Chromium) and return its exit code. */
export function runBundledCli(cliScript: string, args: string[]): number {
  const r = spawnSync(process.execPath, [cliScript, ...args], {
    stdio: 'inherit',
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
  });
  return r.status ?? 1;
}
