import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { callApi, expect, test } from './fixtures';
import { openFromLibrary } from './reading-helpers';
import { tempDir } from '../helpers/paths';
import { convertWithOffice, hasSoffice, parseCsv } from '../helpers/office';

const SHOTS = 'test-results/screens';
const PAPER = /报纸电子版/;

test.describe.configure({ timeout: 180_000 });

test('指标 and 任务 of the seed action plan: rows open their paragraph, tables export, corrections are kept', async ({ page, server }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(server.url);
  await openFromLibrary(page, PAPER);
  await page.getByRole('tab', { name: '表格' }).click();

  // 指标: the document being read, its 2025 targets listed.
  const targets = page.getByRole('table', { name: '指标表' });
  await expect(targets).toBeVisible();
  const urban = targets.getByRole('row').filter({ has: page.getByRole('cell', { name: '城镇化率', exact: true }) });
  await expect(urban).toHaveCount(1);
  await expect(urban.getByRole('cell', { name: '2025' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/tables-targets-1366.png` });

  // Export the targets to Excel: the download is an .xlsx with every row shown.
  const rowsShown = (await targets.locator('tbody tr').count());
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^指标表-.*\.xlsx$/);
  const xlsx = path.join(tempDir(), download.suggestedFilename());
  await download.saveAs(xlsx);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(xlsx);
  expect(book.worksheets[0]!.rowCount).toBe(rowsShown + 1);
  if (hasSoffice) {
    const csv = parseCsv(fs.readFileSync(convertWithOffice(fs.readFileSync(xlsx), 'targets.xlsx', 'csv'), 'utf8'));
    expect(csv[0]![1]).toBe('指标');
    expect(csv.some((r) => r[1] === '城镇化率' && r[3] === '80')).toBe(true);
  }

  // A 指标 row becomes a stop of the reading path being built (training), titled by what it sets.
  const { id: pathId } = await callApi<{ id: number }>(server, 'createReadingPath', { title: '指标讲解' });
  await urban.getByRole('button', { name: /加入阅读路线/ }).click();
  await expect(page.getByText('已加入阅读路线“指标讲解”')).toBeVisible();
  const training = await callApi<{ stops: { title: string; blockId: number; docId: number }[] }>(server, 'getReadingPath', { pathId });
  expect(training.stops).toHaveLength(1);
  expect(training.stops[0]!.title).toBe('城镇化率：80%（2025年）');
  const urbanParagraph = await callApi<{ blockId: number }[]>(server, 'documentTargets', { docId: training.stops[0]!.docId });
  expect(urbanParagraph.some((r) => r.blockId === training.stops[0]!.blockId)).toBe(true);

  // Correct a row: the correction is kept (it is there after a reload).
  await urban.getByRole('button', { name: /更正/ }).click();
  await page.getByRole('textbox', { name: '指标' }).fill('常住人口城镇化率');
  await page.getByRole('combobox', { name: '比较' }).selectOption('>=');
  await page.screenshot({ path: `${SHOTS}/tables-correct-1366.png` });
  await page.getByRole('button', { name: '保存' }).click();
  const corrected = targets.getByRole('row').filter({ has: page.getByRole('cell', { name: '常住人口城镇化率', exact: true }) });
  await expect(corrected).toHaveClass(/corrected/);
  await page.reload();
  await page.getByRole('tab', { name: '表格' }).click();
  await expect(page.getByRole('table', { name: '指标表' }).getByRole('cell', { name: '常住人口城镇化率', exact: true })).toBeVisible();

  // 任务: the nine actions' numbered tasks; a row opens its paragraph in the reader.
  await page.getByRole('tablist', { name: '表格' }).getByRole('tab', { name: '任务' }).click();
  const tasks = page.getByRole('table', { name: '任务分解表' });
  await expect(tasks.getByRole('cell', { name: '（八）3.', exact: true })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/tables-tasks-1366.png` });
  const row = tasks.getByRole('row').filter({ has: page.getByRole('cell', { name: '（六）4.', exact: true }) });
  await expect(row).toContainText('建设长株潭低碳城市群');
  await row.click();
  await expect(page.getByRole('tab', { name: '阅读' })).toHaveAttribute('aria-selected', 'true');
  const paragraph = page.locator('[data-block-id]', { hasText: /^4\.建设长株潭低碳城市群/ });
  await expect(paragraph).toBeInViewport();
});

test('对照: the action plan beside the metro plan, and the 修订对照表 of two copies exported to Word', async ({ page, server }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(server.url);
  await page.getByRole('tab', { name: '表格' }).click();
  const choose = async (label: string, title: RegExp | string) => {
    const select = page.getByRole('combobox', { name: label });
    const options = await select.locator('option').allTextContents();
    const option = options.find((o) => (typeof title === 'string' ? o === title : title.test(o)))!;
    await select.selectOption({ label: option });
  };
  await page.getByRole('tablist', { name: '表格' }).getByRole('tab', { name: '指标对照' }).click();
  await choose('甲', PAPER);
  await choose('乙', '长株潭都市圈发展规划');
  const compare = page.getByRole('table', { name: '指标对照表' });
  const urban = compare.getByRole('row').filter({ hasText: '常住人口城镇化率' });
  await expect(urban).toContainText('80%');
  await expect(urban).toContainText('约82%');
  await expect(urban).toContainText('不同');
  await expect(compare.getByRole('row').filter({ hasText: '仅甲' }).first()).toBeVisible();
  // A third document: the PDF copy of the action plan sets the same 80%.
  await page.getByRole('button', { name: '＋ 添加文件' }).click();
  await choose('丙', /PDF提取/);
  await expect(compare.getByRole('columnheader', { name: /^丙 / })).toBeVisible();
  await expect(urban.getByRole('cell')).toHaveText([/常住人口城镇化率/, /^80%/, /^约82%/, /^80%/, '不同']);
  await page.screenshot({ path: `${SHOTS}/tables-compare-1366.png` });

  await page.getByRole('tablist', { name: '表格' }).getByRole('tab', { name: '修订对照' }).click();
  await choose('原文', /PDF提取/);
  await choose('修改后', PAPER);
  const revisions = page.getByRole('table', { name: '修订对照表' });
  await expect(revisions.locator('del', { hasText: '全方位' })).toBeVisible();
  await expect(revisions.locator('ins', { hasText: '无缝' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/tables-revisions-1366.png` });
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Word' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^修订对照表-.*\.docx$/);
  const docx = path.join(tempDir(), download.suggestedFilename());
  await download.saveAs(docx);
  if (hasSoffice) {
    const text = fs.readFileSync(convertWithOffice(fs.readFileSync(docx), 'revisions.docx', 'txt'), 'utf8').replace(/\s+/g, '');
    expect(text).toContain('规划目标和规划内容全方位对接');
    expect(text).toContain('规划目标和规划内容无缝对接');
  }
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: `${SHOTS}/tables-revisions-1920.png` });

  // A revised paragraph opens in the revised document.
  await revisions.locator('td', { has: page.locator('ins', { hasText: '无缝' }) }).click();
  await expect(page.getByRole('tab', { name: '阅读' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('[data-block-id]', { hasText: '规划目标和规划内容无缝对接' })).toBeInViewport();
});
