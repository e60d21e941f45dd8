import path from 'node:path';
import { openLibrary, type Library } from '../../electron/core/open-library';
import { seedsDir, tempDir } from './paths';

/** A fresh library in a temp folder; with seeds, the app's first-launch import has run. */
export function tempLibrary(options: { seeds?: boolean } = {}): Library {
  const file = path.join(tempDir(), 'library.db');
  return openLibrary(file, { seedsDir: options.seeds ? seedsDir : undefined });
}

export function docIdByTitle(lib: Library, titlePart: string): number {
  const row = lib.db.prepare('SELECT id FROM documents WHERE title LIKE ? AND deleted_at IS NULL ORDER BY id').get(`%${titlePart}%`) as
    | { id: number }
    | undefined;
  if (!row) throw new Error(`No document whose title contains ${titlePart}`);
  return row.id;
}
