import { parseArgs } from 'node:util';
import { toErrorInfo } from '../shared/errors';
import { describeHolders, openLibrary } from '../core/open-library';
import { defaultLibraryPath } from '../core/paths';
import { UsageError, type CliCommand } from './command';
import { makeIo } from './io';
import { commands } from './commands';
import { version } from '../../package.json';

const GLOBAL_OPTIONS = {
  db: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

function usage(): string {
  return [
    'Usage: policy-reader [--db FILE] [--json] COMMAND …',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.usage}\n      ${c.summary}`),
    '',
    'Options:',
    '  --db FILE   library file (default: $POLICY_READER_DB or the desktop app’s library)',
    '  --json      print only JSON on stdout',
    '  --version   print the version and exit',
  ].join('\n');
}

/** The command's options and positionals; an unknown or malformed option is a usage error (exit 2), as an unknown command is. */
function parsedOptions(argv: string[], name: string, options: CliCommand['options']) {
  try {
    return parseArgs({
      args: argv.filter((a, i) => !(a === name && i === argv.indexOf(name))),
      options: { ...GLOBAL_OPTIONS, ...options },
      allowPositionals: true,
    });
  } catch (err) {
    if (/^ERR_PARSE_ARGS_/.test((err as { code?: string }).code ?? '')) throw new UsageError((err as Error).message);
    throw err;
  }
}

export async function runCli(argv: string[]): Promise<number> {
  const name = argv.find((a) => !a.startsWith('-') && argv[argv.indexOf(a) - 1] !== '--db');
  const command = commands.find((c) => c.name === name);
  let json = argv.includes('--json');
  try {
    if (!command) {
      if (argv.includes('--version') || argv.includes('-v')) {
        process.stdout.write(`policy-reader ${version}\n`);
        return 0;
      }
      if (argv.includes('--help') || argv.includes('-h') || argv.length === 0) {
        process.stdout.write(`${usage()}\n`);
        return 0;
      }
      throw new UsageError(name ? `Unknown command: ${name}` : 'No command given');
    }
    const { values, positionals } = parsedOptions(argv, name!, command.options);
    json = Boolean(values.json);
    if (values.help) {
      process.stdout.write(`Usage: policy-reader ${command.usage}\n${command.summary}\n`);
      return 0;
    }
    const lib = openLibrary((values.db as string | undefined) ?? defaultLibraryPath(), { role: `CLI ${command.name}` });
    if (lib.sharedWith.length > 0) {
      process.stderr.write(`policy-reader: the library is also open in ${describeHolders(lib.sharedWith)}; it is shared safely (writes take turns), but it cannot be restored or upgraded until that is closed.\n`);
    }
    if (lib.readOnly) process.stderr.write('policy-reader: the library is on a read-only medium: opened read-only (reading and searching work, changes do not).\n');
    try {
      return (await command.run(lib, positionals, values, makeIo(json))) ?? 0;
    } finally {
      lib.close();
    }
  } catch (err) {
    const info = err instanceof UsageError ? { code: 'usage', message: err.message } : toErrorInfo(err);
    if (json) process.stdout.write(`${JSON.stringify({ error: { code: info.code, message: info.message } })}\n`);
    process.stderr.write(`policy-reader: ${info.message}\n`);
    if (err instanceof UsageError) process.stderr.write(`\n${usage()}\n`);
    if (info.code === 'internal' && process.env.POLICY_READER_DEBUG) console.error(err);
    return err instanceof UsageError ? 2 : 1;
  }
}
