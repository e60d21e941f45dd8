import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import { loadMigrations } from '../../electron/core/db/migrations';
import { importBytes, importPaths, importUploads } from '../../electron/core/import/import-files';
import { openLibrary, type Library } from '../../electron/core/open-library';
import { bruteForceSearch } from '../../electron/core/search/brute-force';
import { closingLibraries } from '../helpers/library';
import { tempDir } from '../helpers/paths';

// Migration 015: blocks no longer queue their document for the search index row by row (008's insert
// trigger); storeDocument, the one place blocks are inserted, queues it once. Every way blocks come
// into a library must still leave them searchable, indexed before the operation returns.

const { temp, track } = closingLibraries();
const search = (lib: Library, query: string) => dispatch(lib.handlers, 'search', { query, limit: 1000 });
const dirty = (lib: Library) => lib.db.prepare('SELECT count(*) FROM search_dirty').pluck().get() as number;
const insertTrigger = (db: Database.Database | Library['db']) =>
  db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'search_blocks_insert'").pluck().get() as number;

/** A text with a word of its own, so a search finds exactly its blocks. */
const text = (word: string) => `${word}专项规划\n\n第一条 为推进${word}建设，制定本规划。\n\n第二条 ${word}的范围包括全市。\n`;

/** Blocks found by the index for `word`: all of the document's blocks that hold it, as a scan finds them. */
async function expectFound(lib: Library, word: string, blocks: number, { queued = 0 } = {}) {
  expect(dirty(lib), 'indexed before returning').toBe(queued);
  const result = await search(lib, word);
  expect(result.total, word).toBe(blocks);
  expect(result.hits.map((h) => h.blockId).sort((a, b) => a - b)).toEqual(bruteForceSearch(lib.db, word).blockIds);
}

describe('migration 015', () => {
  it('drops the per-row insert trigger, keeps what was queued, and the library finds it after the upgrade', async () => {
    const file = path.join(tempDir(), 'library.db');
    const db = new Database(file);
    const before = loadMigrations().filter((m) => m.version < 15);
    for (const m of before) db.exec(m.sql);
    db.pragma(`user_version = ${before.at(-1)!.version}`);
    expect(insertTrigger(db)).toBe(1);
    db.prepare("INSERT INTO documents (title, source_name, content_hash, format, encoding) VALUES ('旧文档', 'old.txt', 'h1', 'txt', 'utf-8')").run();
    const insert = db.prepare("INSERT INTO blocks (doc_id, seq, kind, level, text) VALUES (1, ?, 'paragraph', 0, ?)");
    insert.run(0, '升级前写入的鹭鸶洲段落');
    insert.run(1, '另一段鹭鸶洲。');
    expect(db.prepare('SELECT doc_id FROM search_dirty').pluck().all()).toEqual([1]); // queued by the old trigger
    db.close();

    const lib = track(openLibrary(file));
    expect(lib.db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(15);
    expect(insertTrigger(lib.db)).toBe(0);
    // The other search triggers stay.
    const triggers = lib.db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search_%' ORDER BY name").pluck().all();
    expect(triggers).toEqual(['search_blocks_delete', 'search_blocks_update', 'search_documents_delete']);
    expect((await search(lib, '鹭鸶洲')).total).toBe(2);
  });

  it('an index dropped by hand comes back without the insert trigger, and once only', async () => {
    const lib = temp();
    importBytes(lib, '湿地.txt', Buffer.from(text('湿地公园')), null);
    const file = lib.file;
    lib.close();
    const db = new Database(file);
    db.exec('DROP TABLE search_grams; DROP TRIGGER search_blocks_delete');
    db.close();
    const reopened = track(openLibrary(file));
    expect(insertTrigger(reopened.db)).toBe(0);
    await expectFound(reopened, '湿地公园', 3, { queued: 1 }); // a rebuilt index queues every document; the search catches up
    expect(dirty(reopened)).toBe(0);
    const objects = () => reopened.db.prepare("SELECT count(*) FROM sqlite_master WHERE name LIKE 'search_%'").pluck().get();
    const count = objects();
    track(openLibrary(file)).close(); // a second opening finds nothing missing, so rebuilds nothing
    expect(objects()).toBe(count);
    expect(reopened.db.prepare('SELECT count(*) FROM search_docs').pluck().get()).toBe(1);
  });
});

describe('every way blocks come in leaves them searchable', () => {
  it('a folder import (batched), one file, and uploads', async () => {
    const lib = temp();
    const folder = tempDir();
    for (const [i, word] of ['东湖绿道', '西岸码头', '南山隧道'].entries()) fs.writeFileSync(path.join(folder, `${i}.txt`), text(word));
    expect((await importPaths(lib, [folder])).every((r) => r.ok)).toBe(true);
    for (const word of ['东湖绿道', '西岸码头', '南山隧道']) await expectFound(lib, word, 3);

    expect(importBytes(lib, 'one.txt', Buffer.from(text('北塔公园')), null).ok).toBe(true);
    await expectFound(lib, '北塔公园', 3);

    const uploads = await importUploads(lib, [{ name: 'up.md', bytes: Buffer.from(text('中洲渡口')) }]);
    expect(uploads[0]!.ok).toBe(true);
    await expectFound(lib, '中洲渡口', 3);
    expect((await search(lib, '规划')).total).toBe(5 * 2); // title and first article of each
  });

  it('a course pack opened into another library', async () => {
    const trainer = temp();
    const added = importBytes(trainer, '培训材料.txt', Buffer.from(text('江心洲大桥')), null);
    expect(added.ok).toBe(true);
    const { id: pathId } = await dispatch(trainer.handlers, 'createReadingPath', { title: '大桥培训' });
    const block = (await dispatch(trainer.handlers, 'getBlocks', { docId: added.docId! }))[1]!;
    await dispatch(trainer.handlers, 'addReadingStop', { pathId, docId: added.docId!, blockId: block.blockId, title: '第一条' });
    const pack = await dispatch(trainer.handlers, 'createCoursePack', { pathIds: [pathId] });

    const trainee = temp();
    const opened = await dispatch(trainee.handlers, 'openCoursePack', { dataBase64: pack.dataBase64 });
    expect(opened.documents.added.length).toBe(1);
    await expectFound(trainee, '江心洲大桥', 3);
  });
});
