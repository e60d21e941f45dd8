import fs from 'node:fs';
import path from 'node:path';
import type { ImportResult } from '../../shared/types';
import type { CoreContext } from '../context';
import { manifestOverrides, readManifestEntries } from '../import/folder-manifest';
import { importBytes } from '../import/import-files';

const SEEDED_KEY = 'seeds_imported';

/** On a library's first launch, import the seed library; never again after that, even if the user deletes them. */
export function importSeedsOnce(ctx: CoreContext, seedsDir: string): ImportResult[] {
  if (ctx.db.prepare('SELECT 1 FROM settings WHERE key = ?').get(SEEDED_KEY)) return [];
  const results = readManifestEntries(seedsDir).map((seed) =>
    importBytes(ctx, seed.file, fs.readFileSync(path.join(seedsDir, seed.file)), null, manifestOverrides(seed)),
  );
  if (results.length > 0 && results.every((r) => r.ok)) {
    ctx.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run(SEEDED_KEY, new Date().toISOString());
  }
  return results;
}
