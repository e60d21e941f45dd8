import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import { loadMigrations } from '../../electron/core/db/migrations';
import { SCHEMA_VERSION } from '../../electron/core/db/migrate';
import { closingLibraries, docIdByTitle } from '../helpers/library';
import { SEEDS, seedsDir, tempDir } from '../helpers/paths';

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

  it('re-attaches a correction to its paragraph in a new edition where the wording changed a little, not where it was rewritten', async () => {
    // A made-up county plan, and its next edition.
    const first = ['某县绿色发展行动方案', '一、发展目标', '到2027年，全县森林覆盖率达到63%，城区人均公园绿地面积达到15平方米，乡镇污水处理率达到90%以上。',
      '二、重点任务', '1.推进国土绿化。新增造林面积3万亩，建成森林乡村20个。'];
    const second = [...first];
    second[2] = '到2027年，全县森林覆盖率提高到63%，城区人均公园绿地面积达到15平方米，乡镇污水处理率达到90%以上。';
    second[4] = '1.推进国土绿化。全面完成退化林修复任务，新增造林面积4万亩，建设一批森林乡村和口袋公园。';
    const dir = tempDir();
    const write = (lines: string[], name: string) => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, lines.join('\n\n'));
      return file;
    };
    const lib = libs.temp();
    const [one] = await dispatch(lib.handlers, 'importPaths', { paths: [write(first, 'plan-2024.txt')] });
    const doc = one!.docId!;
    const title = (await dispatch(lib.handlers, 'getDocument', { docId: doc })).title;
    const targets = await dispatch(lib.handlers, 'documentTargets', { docId: doc });
    const forest = targets.find((r) => r.indicator.endsWith('森林覆盖率'))!;
    const planting = targets.find((r) => r.indicator.includes('造林面积'))!;
    const fields = (r: typeof forest) => ({ indicator: `${r.indicator}（已核）`, value: r.value, unit: r.unit, comparator: r.comparator, year: r.year, kind: r.kind });
    await dispatch(lib.handlers, 'correctTargetRow', { docId: doc, blockId: forest.blockId, ordinal: forest.ordinal!, row: fields(forest) });
    await dispatch(lib.handlers, 'correctTargetRow', { docId: doc, blockId: planting.blockId, ordinal: planting.ordinal!, row: fields(planting) });

    // The new edition replaces the old one under the same title.
    await dispatch(lib.handlers, 'deleteDocument', { docId: doc });
    await dispatch(lib.handlers, 'purgeDocument', { docId: doc });
    const [two] = await dispatch(lib.handlers, 'importPaths', { paths: [write(second, 'plan-2025.txt')] });
    await dispatch(lib.handlers, 'updateMetadata', { docId: two!.docId!, title });
    const again = await dispatch(lib.handlers, 'documentTargets', { docId: two!.docId! });
    expect(again.find((r) => r.indicator.endsWith('森林覆盖率（已核）'))).toMatchObject({ value: '63', corrected: true });
    // The rewritten task paragraph does not take the old correction.
    expect(again.some((r) => r.indicator.includes('造林面积') && r.corrected)).toBe(false);
    expect(again.filter((r) => r.corrected)).toHaveLength(1);
  });
});
