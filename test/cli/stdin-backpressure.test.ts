import { Readable, Writable } from 'node:stream';
import { afterAll, expect, it } from 'vitest';
import { makeIo } from '../../electron/cli/io';
import { searchCommands } from '../../electron/cli/commands/search';
import { tempLibrary } from '../helpers/library';

// `search --stdin` answers a stream of queries. A reader slower than the searches (a pipe into another
// program) must make it wait: answering on regardless kept every unread answer in memory (the bench's 150
// queries through a pipe: peak RSS 169 MB, 135 MB when waiting; issue 11's budget is 150 MB).
const lib = tempLibrary({ seeds: true });
afterAll(() => lib.close());

it('search --stdin answers the next query only when the reader has taken the last answer', async () => {
  const search = searchCommands.find((c) => c.name === 'search')!;
  let writes = 0;
  let flowing = false;
  const pending: (() => void)[] = [];
  const chunks: string[] = [];
  // A reader that takes nothing until told to: one answer fills it.
  const stdout = new Writable({
    highWaterMark: 1,
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      if (flowing) done();
      else pending.push(done);
    },
  });
  const write = stdout.write.bind(stdout);
  stdout.write = ((...args: Parameters<typeof write>) => (writes++, write(...args))) as typeof stdout.write;
  const io = makeIo(true, { stdin: Readable.from(['的\n长株潭\n绿心\n都市圈\n']), stdout, stderr: process.stderr });

  const running = search.run(lib, [], { stdin: true, limit: '3' }, io);
  // Every chance for the other three searches to run, were they not waiting.
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(writes).toBe(1);

  flowing = true;
  pending.splice(0).forEach((done) => done());
  await running;
  expect(writes).toBe(4);
  const answers = chunks.join('').trim().split('\n').map((l) => JSON.parse(l) as { terms: string[]; total: number });
  expect(answers.map((a) => a.terms.join(' '))).toEqual(['的', '长株潭', '绿心', '都市圈']);
  expect(answers.every((a) => a.total > 0)).toBe(true);
});
