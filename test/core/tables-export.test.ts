import fs from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import type { Library } from '../../electron/core/open-library';
import { docIdByTitle, tempLibrary } from '../helpers/library';
import { convertWithOffice, hasSoffice, parseCsv } from '../helpers/office';

let lib: Library;
let pdf: number;
let paper: number;
let metro: number;

beforeAll(() => {
  lib = tempLibrary({ seeds: true });
  pdf = docIdByTitle(lib, '报纸版面PDF提取');
  paper = docIdByTitle(lib, '报纸电子版');
  metro = docIdByTitle(lib, '都市圈发展规划');
});
afterAll(() => lib.close());

async function exported(args: Parameters<Library['handlers']['exportTable']>[0]) {
  const file = await dispatch(lib.handlers, 'exportTable', args);
  return { ...file, bytes: Buffer.from(file.dataBase64, 'base64') };
}

async function sheetOf(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book.worksheets[0]!;
}

const squash = (s: string) => s.replace(/\s+/g, '');

describe('table export to Excel', () => {
  it('writes the targets with a formatted, frozen header, column widths and a source column (read back with exceljs)', async () => {
    const file = await exported({ table: 'targets', docId: paper, format: 'xlsx' });
    expect(file.fileName).toMatch(/^指标表-.+\.xlsx$/);
    const targets = await dispatch(lib.handlers, 'documentTargets', { docId: paper });
    expect(file.count).toBe(targets.length);
    const sheet = await sheetOf(file.bytes);
    expect(sheet.name).toBe('指标表');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const header = sheet.getRow(1);
    expect(header.values).toEqual([undefined, '序号', '指标', '比较', '数值', '单位', '年份', '类型', '原文', '出处']);
    expect(header.getCell(1).font?.bold).toBe(true);
    expect((header.getCell(1).fill as ExcelJS.FillPattern).fgColor?.argb).toBeTruthy();
    expect(sheet.getColumn(8).width).toBeGreaterThan(sheet.getColumn(3).width!);
    expect(sheet.rowCount).toBe(targets.length + 1);
    // Every row as extracted, numbers as numbers, the source naming the document and its chapter.
    targets.forEach((t, i) => {
      const row = sheet.getRow(i + 2);
      expect(row.getCell(2).value).toBe(t.indicator);
      expect(String(row.getCell(4).value)).toBe(String(Number(t.value)));
      expect(row.getCell(5).value).toBe(t.unit);
    });
    const urban = targets.findIndex((t) => t.indicator === '城镇化率');
    expect(sheet.getRow(urban + 2).getCell(4).value).toBe(80);
    const source = sheet.getRow(urban + 2).getCell(9);
    expect(source.text).toMatch(/^《长株潭一体化发展五年行动计划.*》（报纸电子版），.*行动目标$/);
    // The source links back to the paragraph in the app.
    expect(source.hyperlink).toBe(`policy-reader://open/doc/${paper}/block/${targets[urban]!.blockId}`);
  });

  it('marks deletions struck through and insertions underlined in the revisions sheet', async () => {
    const file = await exported({ table: 'revisions', docId: pdf, withDocId: paper, format: 'xlsx' });
    const sheet = await sheetOf(file.bytes);
    let struck = 0;
    let underlined = 0;
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      for (const k of [2, 3]) {
        const value = row.getCell(k).value as ExcelJS.CellRichTextValue;
        for (const run of value.richText ?? []) {
          if (run.font?.strike) struck++;
          if (run.font?.underline) underlined++;
          if (run.font?.strike) expect(k).toBe(2);
          if (run.font?.underline) expect(k).toBe(3);
        }
      }
    });
    expect(struck).toBeGreaterThan(0);
    expect(underlined).toBeGreaterThan(0);
    const comparison = await dispatch(lib.handlers, 'revisionTable', { a: pdf, b: paper });
    expect(sheet.rowCount).toBe(comparison.rows.length + 1);
  });

  it('sets up to four documents side by side in the 指标对照表, one column each and one source column each', async () => {
    const file = await exported({ table: 'targets', docId: paper, withDocId: metro, moreDocIds: [pdf], format: 'xlsx' });
    const sheet = await sheetOf(file.bytes);
    const header = (sheet.getRow(1).values as string[]).slice(1);
    expect(header.map((h) => h.split(' ')[0])).toEqual(['指标', '甲', '乙', '丙', '对比', '甲出处', '乙出处', '丙出处']);
    const across = await dispatch(lib.handlers, 'compareTargetsAcross', { docIds: [paper, metro, pdf] });
    expect(sheet.rowCount).toBe(across.rows.length + 1);
    const urban = across.rows.findIndex((r) => r.cells[0]?.indicator === '城镇化率');
    const row = sheet.getRow(urban + 2);
    expect([row.getCell(2).value, row.getCell(3).value, row.getCell(4).value, row.getCell(5).value]).toEqual(['80%（2025年）', '约82%（2025年）', '80%（2025年）', '不同']);
    expect((row.getCell(1).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb).toBeTruthy();
  });

  it.runIf(hasSoffice)('opens in LibreOffice: the tasks sheet as CSV has every task with its path and title', async () => {
    const file = await exported({ table: 'tasks', docId: pdf, format: 'xlsx' });
    const csv = parseCsv(fs.readFileSync(convertWithOffice(file.bytes, 'tasks.xlsx', 'csv'), 'utf8'));
    expect(csv[0]!.slice(0, 6)).toEqual(['序号', '任务', '具体内容', '牵头单位', '配合单位', '完成时限']);
    const tasks = await dispatch(lib.handlers, 'documentTasks', { docId: pdf });
    const body = csv.slice(1).filter((r) => r.some(Boolean));
    expect(body.map((r) => [r[0], r[1]])).toEqual(tasks.map((t) => [t.path, t.title]));
    expect(body.find((r) => r[0] === '（八）3.')![2]).toContain('推进营商环境一体');
  }, 120_000);
});

describe('table export to Word', () => {
  it('writes a landscape page with a header row repeated on every page', async () => {
    const file = await exported({ table: 'tasks', docId: paper, format: 'docx' });
    const xml = await (await JSZip.loadAsync(file.bytes)).file('word/document.xml')!.async('string');
    expect(xml).toMatch(/w:orient="landscape"/);
    expect(xml).toContain('<w:tblHeader/>');
    const rels = await (await JSZip.loadAsync(file.bytes)).file('word/_rels/document.xml.rels')!.async('string');
    const tasks = await dispatch(lib.handlers, 'documentTasks', { docId: paper });
    for (const t of tasks) expect(rels).toContain(`Target="policy-reader://open/doc/${paper}/block/${t.blockId}"`);
  });

  it.runIf(hasSoffice)('reads back through LibreOffice: the target comparison, with both documents and their differences', async () => {
    const file = await exported({ table: 'targets', docId: paper, withDocId: metro, format: 'docx' });
    const text = squash(fs.readFileSync(convertWithOffice(file.bytes, 'compare.docx', 'txt'), 'utf8'));
    expect(text).toContain('指标对照表');
    expect(text).toContain(squash('常住人口城镇化率'));
    expect(text).toMatch(/80%（2025年）约82%（2025年）不同/);
    expect(text).toContain('仅甲文件');
  }, 120_000);

  it('marks the revisions as Word users expect: deletions struck through, insertions underlined', async () => {
    const file = await exported({ table: 'revisions', docId: pdf, withDocId: paper, format: 'docx' });
    const xml = await (await JSZip.loadAsync(file.bytes)).file('word/document.xml')!.async('string');
    // 全方位 → 无缝 is one of the wording changes between the two copies.
    expect(xml).toMatch(/<w:r><w:rPr>(?:(?!<\/w:rPr>).)*<w:strike\/>(?:(?!<\/w:rPr>).)*<\/w:rPr><w:t xml:space="preserve">全方位<\/w:t>/);
    expect(xml).toMatch(/<w:r><w:rPr>(?:(?!<\/w:rPr>).)*<w:u [^>]*\/>(?:(?!<\/w:rPr>).)*<\/w:rPr><w:t xml:space="preserve">无缝<\/w:t>/);
  });

  it.runIf(hasSoffice)('reads back through LibreOffice: the revisions with old and new text side by side', async () => {
    const file = await exported({ table: 'revisions', docId: pdf, withDocId: paper, format: 'docx' });
    const text = squash(fs.readFileSync(convertWithOffice(file.bytes, 'revisions.docx', 'txt'), 'utf8'));
    expect(text).toContain('修订对照表');
    expect(text).toContain('规划目标和规划内容全方位对接');
    expect(text).toContain('规划目标和规划内容无缝对接');
  }, 120_000);

  it('refuses a revision table without a second document', async () => {
    await expect(exported({ table: 'revisions', docId: pdf, format: 'docx' })).rejects.toMatchObject({ code: 'bad_arguments' });
  });
});
