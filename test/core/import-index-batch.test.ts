import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPaths } from '../../electron/core/import/import-files';
import { indexDirtyDocumentsInBulk } from '../../electron/core/search/index-store';
import { bruteForceSearch } from '../../electron/core/search/brute-force';
import { dispatch } from '../../electron/core/dispatch';
import { closingLibraries } from '../helpers/library';
import { corporaDir, tempDir } from '../helpers/paths';

// A folder import indexes each batch at once before committing it, with a larger FTS5 buffer and less
// frequent merges; both are set and set back inside the batch's transaction, so the settings in force
// never change. The import's less frequent checkpoints are set back on the connection too.
const FTS5_DEFAULTS = { hashsize: 1024 * 1024, automerge: 4 };

const { temp } = closingLibraries();
const setting = (db: ReturnType<typeof temp>['db'], k: keyof typeof FTS5_DEFAULTS) =>
  (db.prepare('SELECT v FROM search_grams_config WHERE k = ?').get(k) as { v: number } | undefined)?.v ?? FTS5_DEFAULTS[k];
const checkpointPages = (db: ReturnType<typeof temp>['db']) => db.pragma('wal_autocheckpoint', { simple: true });

describe('indexing an import batch', () => {
  it('leaves the stored FTS5 settings and the checkpoint interval as they were, whatever they were, and every block findable', async () => {
    const lib = temp();
    const checkpointsBefore = checkpointPages(lib.db);
    const folder = tempDir();
    const reports = path.join(corporaDir, 'gov-work-reports');
    for (const f of fs.readdirSync(reports).slice(0, 6)) fs.copyFileSync(path.join(reports, f), path.join(folder, f));
    expect((await importPaths(lib, [folder])).filter((r) => !r.ok)).toEqual([]);
    expect(setting(lib.db, 'hashsize')).toBe(FTS5_DEFAULTS.hashsize);
    expect(setting(lib.db, 'automerge')).toBe(FTS5_DEFAULTS.automerge);
    expect(checkpointPages(lib.db)).toBe(checkpointsBefore);
    for (const q of ['改革', '高质量发展', '的']) {
      const r = await dispatch(lib.handlers, 'search', { query: q, limit: 1 });
      expect(r.total, q).toBe(bruteForceSearch(lib.db, q).total);
    }

    lib.db.exec("INSERT INTO search_grams (search_grams, rank) VALUES ('hashsize', 2000000)");
    lib.db.exec("INSERT INTO search_grams (search_grams, rank) VALUES ('automerge', 8)");
    const more = tempDir();
    for (const f of fs.readdirSync(reports).slice(6, 9)) fs.copyFileSync(path.join(reports, f), path.join(more, f));
    const second = await importPaths(lib, [more]);
    expect(second.filter((r) => !r.ok)).toEqual([]);
    expect(setting(lib.db, 'hashsize')).toBe(2000000);
    expect(setting(lib.db, 'automerge')).toBe(8);
    expect(lib.db.prepare('SELECT count(*) FROM search_dirty').pluck().get()).toBe(0);
    expect(lib.db.prepare('SELECT count(*) FROM search_docs').pluck().get()).toBe(9);
  });

  it('refuses to run outside a transaction', () => {
    const lib = temp();
    expect(() => indexDirtyDocumentsInBulk(lib.db)).toThrow(/inside the import transaction/);
  });
});
