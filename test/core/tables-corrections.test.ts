import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import { loadMigrations } from '../../electron/core/db/migrations';
import { SCHEMA_VERSION } from '../../electron/core/db/migrate';
import { closingLibraries, docIdByTitle } from '../helpers/library';
import { SEEDS, seedsDir } from '../helpers/paths';
import path from 'node:path';

describe('migration 011: table corrections', () => {
  it('adds the table_corrections table to a library at the version before', () => {
    const db = new Database(':memory:');
    for (const m of loadMigrations().filter((m) => m.version < 11)) db.exec(m.sql);
    expect(db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'table_corrections'").get()).toBeUndefined();
    db.exec(loadMigrations().find((m) => m.version === 11)!.sql);
    const columns = (db.prepare('PRAGMA table_info(table_corrections)').all() as { name: string }[]).map((c) => c.name);
    expect(columns).toEqual(['id', 'doc_title', 'table_kind', 'block_text', 'ordinal', 'row_json', 'updated_at']);
    expect(() => db.prepare("INSERT INTO table_corrections (doc_title, table_kind, block_text) VALUES ('t', 'other', 'x')").run()).toThrow();
    expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(11);
    db.close();
  });
});

describe('corrections to table rows', () => {
  const libs = closingLibraries();

  it('keeps a corrected target and a removed one, and puts them back after the document is imported again', async () => {
    const lib = libs.temp({ seeds: true });
    const doc = docIdByTitle(lib, '报纸电子版');
    const before = await dispatch(lib.handlers, 'documentTargets', { docId: doc });
    const urban = before.find((r) => r.indicator === '城镇化率')!;
    const junk = before.find((r) => r.unit === '万根')!;
    await dispatch(lib.handlers, 'correctTargetRow', {
      docId: doc,
      blockId: urban.blockId,
      ordinal: urban.ordinal!,
      row: { indicator: '常住人口城镇化率', value: '80', unit: '%', comparator: '>=', year: 2025, kind: 'target' },
    });
    const after = await dispatch(lib.handlers, 'correctTargetRow', { docId: doc, blockId: junk.blockId, ordinal: junk.ordinal!, row: null });
    expect(after.length).toBe(before.length - 1);
    expect(after.find((r) => r.blockId === urban.blockId && r.ordinal === urban.ordinal)).toMatchObject({ indicator: '常住人口城镇化率', comparator: '>=', corrected: true });
    expect(after.some((r) => r.unit === '万根')).toBe(false);
    // The other rows of the same paragraph are untouched.
    const sameBlock = (rows: typeof before) => rows.filter((r) => r.blockId === urban.blockId && r.ordinal !== urban.ordinal);
    expect(sameBlock(after)).toEqual(sameBlock(before));

    // Purge and import the same file again: new ids, the same paragraphs.
    await dispatch(lib.handlers, 'deleteDocument', { docId: doc });
    await dispatch(lib.handlers, 'purgeDocument', { docId: doc });
    const [imported] = await dispatch(lib.handlers, 'importPaths', { paths: [path.join(seedsDir, SEEDS.newspaperActionPlan)] });
    expect(imported!.ok).toBe(true);
    const again = await dispatch(lib.handlers, 'documentTargets', { docId: imported!.docId! });
    expect(again.find((r) => r.indicator === '常住人口城镇化率')).toMatchObject({ comparator: '>=', corrected: true });
    expect(again.some((r) => r.unit === '万根')).toBe(false);
    expect(again.length).toBe(after.length);
  });

  it('keeps a corrected task, and resets a table to what extraction reads', async () => {
    const lib = libs.temp({ seeds: true });
    const doc = docIdByTitle(lib, '报纸版面PDF提取');
    const tasks = await dispatch(lib.handlers, 'documentTasks', { docId: doc });
    const t = tasks[0]!;
    const corrected = await dispatch(lib.handlers, 'correctTaskRow', {
      docId: doc,
      blockId: t.blockId,
      row: { path: t.path, title: t.title, lead: ['省发展改革委'], partners: ['长沙市', '株洲市'], deadline: '2025年底前' },
    });
    expect(corrected[0]).toMatchObject({ lead: ['省发展改革委'], partners: ['长沙市', '株洲市'], deadline: '2025年底前', corrected: true, text: t.text });
    // The table export uses the corrected rows.
    const file = await dispatch(lib.handlers, 'exportTable', { table: 'tasks', docId: doc, format: 'xlsx' });
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer);
    expect(book.worksheets[0]!.getRow(2).getCell(4).value).toBe('省发展改革委');
    expect(await dispatch(lib.handlers, 'resetTableCorrections', { docId: doc, table: 'tasks' })).toEqual({ removed: 1 });
    expect((await dispatch(lib.handlers, 'documentTasks', { docId: doc }))[0]).toEqual(t);
  });

  it('refuses a block of another document', async () => {
    const lib = libs.temp({ seeds: true });
    const doc = docIdByTitle(lib, '报纸版面PDF提取');
    const other = docIdByTitle(lib, '都市圈发展规划');
    const blockOfOther = (await dispatch(lib.handlers, 'getBlocks', { docId: other }))[0]!.blockId;
    await expect(dispatch(lib.handlers, 'correctTaskRow', { docId: doc, blockId: blockOfOther, row: null })).rejects.toMatchObject({ code: 'not_found' });
  });
});
