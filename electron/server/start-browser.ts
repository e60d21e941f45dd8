// `npm start` where no Electron binary exists: browser mode on the user's own library (seeded on its
// first run), the system browser opened at it when there is one, and a plain word on what this is.
// Runs serve.js as a child so that everything browser mode does stays in one place.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openInSystemBrowser } from './open-browser';

const here = path.dirname(fileURLToPath(import.meta.url));
const DEFAULT_PORT = '5178';
const URL_PATTERN = /http:\/\/127\.0\.0\.1:\d+\/\S*/;

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    db: { type: 'string' },
    'no-open': { type: 'boolean' },
  },
});

function banner(url: string): string {
  return [
    '',
    '政策阅读器 · Policy Reader — browser version',
    `  Open: ${url}`,
    '  This is the browser version of the app: the same reader, served to this computer only (127.0.0.1).',
    '  The desktop version needs Electron’s binary, which could not be downloaded on this machine.',
    '  To get it: run `npm start` on a machine with network access (it downloads Electron once),',
    '  or install a packaged app built with `npm run dist` (see README, “Install the desktop app”).',
    '  Stop with Ctrl+C.',
    '',
  ].join('\n');
}

function start(port: string, retryOnBusyPort: boolean): void {
  const args = [path.join(here, 'serve.js'), '--port', port, ...(values.db ? ['--db', values.db] : [])];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let announced = false;
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    const match = URL_PATTERN.exec(output);
    if (match && !announced) {
      announced = true;
      process.stdout.write(`${output.trimEnd()}\n${banner(match[0])}`);
      if (!values['no-open']) openInSystemBrowser(match[0]);
    } else if (announced) process.stdout.write(chunk);
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    if (announced || !/EADDRINUSE/.test(output)) process.stderr.write(chunk);
  });
  child.on('exit', (code, signal) => {
    if (!announced && retryOnBusyPort && /EADDRINUSE/.test(output)) {
      process.stderr.write(`Port ${port} is in use; choosing a free one.\n`);
      start('0', false);
      return;
    }
    process.exitCode = code ?? (signal ? 1 : 0);
  });
  const stop = () => child.kill('SIGTERM');
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

start(values.port ?? DEFAULT_PORT, values.port === undefined);
