// Plain Node (no electron import): which command-line arguments are documents to open.
import fs from 'node:fs';
import path from 'node:path';
import { OPENABLE_EXTENSIONS } from '../shared/security-policy';

export function isOpenableFile(file: string): boolean {
  const ext = path.extname(file).slice(1).toLowerCase();
  return (OPENABLE_EXTENSIONS as readonly string[]).includes(ext);
}

/**
 * Documents named on a command line (the system passes them when the user opens a file with
 * the app, or on a second launch). Switches, the app's own path and anything that is not an
 * existing .txt/.md/.docx/.pdf file are ignored; relative paths are taken from `cwd`.
 */
export function documentsInArgv(argv: readonly string[], cwd: string): string[] {
  const found: string[] = [];
  for (const arg of argv) {
    if (arg.startsWith('-') || !isOpenableFile(arg)) continue;
    const file = path.resolve(cwd, arg);
    try {
      if (fs.statSync(file).isFile() && !found.includes(file)) found.push(file);
    } catch {
      // Not there (any more): nothing to open.
    }
  }
  return found;
}
