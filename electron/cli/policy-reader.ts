import { runCli } from './main';

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`policy-reader: ${(err as Error).message}\n`);
    process.exitCode = 1;
  },
);
