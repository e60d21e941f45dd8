import fs from 'node:fs';
import path from 'node:path';
import { backupsDir } from './backups';

// A library that changed since Policy Reader last closed it — a crash, a kill, a bad copy, a failing
// disk, another program — gets the full integrity check on opening, even when the daily one is not due:
// a damaged page is then found on opening, not later by a search that fails with "malformed".

function stampFile(libraryFile: string): string {
  return path.join(backupsDir(libraryFile), `.${path.parse(libraryFile).name}.last-close.json`);
}

function fingerprint(libraryFile: string): string | null {
  try {
    const stat = fs.statSync(libraryFile);
    return `${stat.size}:${stat.mtimeMs}:${stat.ino}`;
  } catch {
    return null;
  }
}

/** Record the file as this process leaves it, after the last connection closed (and checkpointed) it. */
export function recordCleanClose(libraryFile: string): void {
  const print = fingerprint(libraryFile);
  if (print === null) return;
  try {
    fs.mkdirSync(backupsDir(libraryFile), { recursive: true });
    fs.writeFileSync(stampFile(libraryFile), JSON.stringify({ fingerprint: print }));
  } catch {
    // A read-only folder: the file cannot have changed through us either.
  }
}

/** Is the file exactly as Policy Reader last closed it? */
export function isAsLastClosed(libraryFile: string): boolean {
  try {
    const { fingerprint: recorded } = JSON.parse(fs.readFileSync(stampFile(libraryFile), 'utf8')) as { fingerprint?: string };
    return recorded === fingerprint(libraryFile);
  } catch {
    return false;
  }
}

/** Forget the last clean close: the file was found damaged while open, so the next opening checks it fully. */
export function forgetCleanClose(libraryFile: string): void {
  fs.rmSync(stampFile(libraryFile), { force: true });
}
