import path from 'node:path';
import fs from 'node:fs';
import { afterEach } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import { openLibrary, type Library } from '../../electron/core/open-library';
import { seedsDir, tempDir } from './paths';

/** A fresh library in a temp folder; with seeds, the app's first-launch import has run. */
export function tempLibrary(options: { seeds?: boolean } = {}): Library {
  const file = path.join(tempDir(), 'library.db');
  return openLibrary(file, { seedsDir: options.seeds ? seedsDir : undefined });
}

/**
 * Libraries opened through the returned functions are closed after each test (in the order they were opened).
 * Call at a test file's top level or inside a describe: it registers vitest's afterEach there.
 * `untrack` drops a library the test closed itself, so it is not closed again.
 */
export function closingLibraries(): {
  temp(options?: { seeds?: boolean }): Library;
  track(lib: Library): Library;
  untrack(lib: Library): void;
} {
  const open: Library[] = [];
  afterEach(() => open.splice(0).forEach((l) => l.close()));
  const track = (lib: Library): Library => {
    open.push(lib);
    return lib;
  };
  return {
    temp: (options = {}) => track(tempLibrary(options)),
    track,
    untrack: (lib) => void open.splice(open.indexOf(lib), 1),
  };
}

export function docIdByTitle(lib: Library, titlePart: string): number {
  const row = lib.db.prepare('SELECT id FROM documents WHERE title LIKE ? AND deleted_at IS NULL ORDER BY id').get(`%${titlePart}%`) as
    | { id: number }
    | undefined;
  if (!row) throw new Error(`No document whose title contains ${titlePart}`);
  return row.id;
}

/** A seeded library that has been opened once and closed, like after a first day of use. */
export function seededLibraryFile(): string {
  const file = path.join(tempDir(), 'library.db');
  openLibrary(file, { seedsDir }).close();
  return file;
}

/** The titles the library lists, sorted. */
export async function sortedTitles(lib: Library): Promise<string[]> {
  return (await dispatch(lib.handlers, 'listDocuments', {})).map((d) => d.title).sort();
}

/** Overwrite `pages` pages at `fraction` of the file with garbage, as a failing disk or a bad copy would. */
export function damagePages(file: string, { fraction, pages }: { fraction: number; pages: number }): void {
  const size = fs.statSync(file).size;
  const page = 4096;
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(page * pages, 0x5a), 0, page * pages, Math.floor((size * fraction) / page) * page);
  fs.closeSync(fd);
}
