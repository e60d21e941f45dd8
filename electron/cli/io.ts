import { once } from 'node:events';
import readline from 'node:readline';
import type { CliIo } from './command';

export interface CliStreams {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const PROCESS_STREAMS: CliStreams = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };

/** How a command reads and prints: stdout for results, stderr for everything else. */
export function makeIo(json: boolean, streams: CliStreams = PROCESS_STREAMS): CliIo {
  return {
    json,
    out(value, human) {
      streams.stdout.write(json || !human ? `${JSON.stringify(value, null, json ? undefined : 2)}\n` : `${human()}\n`);
    },
    async line(text) {
      // A pipe to a slower reader: wait for it, or every answer not yet read would pile up in memory.
      if (!streams.stdout.write(`${text}\n`)) await once(streams.stdout, 'drain');
    },
    log: (message) => streams.stderr.write(`${message}\n`),
    stdin: () => readline.createInterface({ input: streams.stdin, crlfDelay: Infinity }),
  };
}
