import { describe, expect, it } from 'vitest';
import { commands } from '../../electron/cli/commands';
import { cliArgumentsIn } from '../../electron/main/cli-mode';

const names = commands.map((c) => c.name);

describe('the installed app as the policy-reader command', () => {
  it('acts as the CLI when started with a command, a CLI flag or --cli', () => {
    expect(cliArgumentsIn(['search', '交通', '--json'], names)).toEqual(['search', '交通', '--json']);
    expect(cliArgumentsIn(['--db', '/tmp/x.db', 'list'], names)).toEqual(['--db', '/tmp/x.db', 'list']);
    expect(cliArgumentsIn(['--version'], names)).toEqual(['--version']);
    expect(cliArgumentsIn(['--help'], names)).toEqual(['--help']);
    expect(cliArgumentsIn(['--cli', 'toc', '1'], names)).toEqual(['toc', '1']);
  });

  it('opens the window for no arguments, files, links and Chromium switches', () => {
    expect(cliArgumentsIn([], names)).toBeNull();
    expect(cliArgumentsIn(['/home/u/规划.pdf'], names)).toBeNull();
    expect(cliArgumentsIn(['policy-reader://open/doc/1/block/2'], names)).toBeNull();
    expect(cliArgumentsIn(['--no-sandbox', '/home/u/规划.docx'], names)).toBeNull();
  });
});
