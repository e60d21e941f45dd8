import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { corporaDir } from '../helpers/paths';
import { expect, test, apiHeaders } from './fixtures';
import { docTabs, METRO, openFromLibrary } from './reading-helpers';

const library = (page: Page) => page.getByRole('navigation', { name: '文库' });
const infoPanel = (page: Page) => page.getByRole('complementary', { name: '文档信息' });
const REPORTS = path.join(corporaDir, 'gov-work-reports');

async function openInfo(page: Page) {
  await page.getByRole('button', { name: '文档信息' }).click();
  await expect(infoPanel(page)).toBeVisible();
}

test('renames a document and edits its metadata; every view shows the change and it persists', async ({ server, page }) => {
  await page.goto(server.url);
  await openFromLibrary(page, METRO);
  await openInfo(page);
  await infoPanel(page).getByRole('button', { name: '编辑信息' }).click();
  const form = page.getByRole('form', { name: '编辑文档信息' });
  await form.getByLabel('标题').fill('长株潭都市圈发展规划（2022年）');
  await form.getByLabel('文种').fill('规划');
  await form.getByLabel('发文日期').fill('2022年3月');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByText('发文日期请写成')).toBeVisible();
  await form.getByLabel('发文日期').fill('2022-03-15');
  await form.getByRole('button', { name: '保存' }).click();

  await expect(library(page).getByRole('button', { name: /^长株潭都市圈发展规划（2022年）/ })).toBeVisible();
  await expect(docTabs(page, { name: '长株潭都市圈发展规划（2022年）' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: '长株潭都市圈发展规划（2022年）' })).toBeVisible();
  await expect(infoPanel(page).getByText('规划', { exact: true })).toBeVisible();

  await page.reload();
  await expect(library(page).getByRole('button', { name: /^长株潭都市圈发展规划（2022年）/ })).toBeVisible();
  await openInfo(page);
  await expect(infoPanel(page).getByText('2022-03-15')).toBeVisible();
});

test('deletes with undo, and restores or purges from 最近删除', async ({ server, page }) => {
  await page.goto(server.url);
  await expect(library(page).getByRole('button')).toHaveCount(5);
  await openFromLibrary(page, METRO);
  await openInfo(page);
  await infoPanel(page).getByRole('button', { name: '删除' }).click();
  await expect(library(page).getByRole('button')).toHaveCount(4);
  await expect(docTabs(page)).toHaveCount(0);
  await page.getByRole('status').getByRole('button', { name: '撤销' }).click();
  await expect(library(page).getByRole('button')).toHaveCount(5);
  await expect(docTabs(page, { name: METRO })).toBeVisible();

  await infoPanel(page).getByRole('button', { name: '删除' }).click();
  await expect(library(page).getByRole('button')).toHaveCount(4);
  const bin = page.getByRole('region', { name: '最近删除' });
  await bin.getByRole('button', { name: '最近删除（1）' }).click();
  await bin.getByRole('button', { name: '恢复' }).click();
  await expect(library(page).getByRole('button')).toHaveCount(5);
  await expect(bin).toHaveCount(0);

  await library(page).getByRole('button', { name: new RegExp(`^${METRO}`) }).click();
  await infoPanel(page).getByRole('button', { name: '删除' }).click();
  await bin.getByRole('button', { name: '最近删除（1）' }).click();
  page.once('dialog', (d) => void d.accept());
  await bin.getByRole('button', { name: '彻底删除' }).click();
  await expect(bin).toHaveCount(0);
  await page.reload();
  await expect(library(page).getByRole('button')).toHaveCount(4);
  await expect(library(page).getByRole('button', { name: new RegExp(`^${METRO}`) })).toHaveCount(0);
});

test('filters the library by issuer, year and text, and sorts it', async ({ server, page }) => {
  await page.goto(server.url);
  await expect(library(page).getByRole('button')).toHaveCount(5);
  await page.getByRole('button', { name: '筛选与排序' }).click();
  await page.getByLabel('发文机关').selectOption('中共湖南省委办公厅、湖南省人民政府办公厅');
  await expect(library(page).getByRole('button')).toHaveCount(3);
  await expect(library(page).getByRole('button', { name: /^长株潭一体化发展五年行动计划/ })).toHaveCount(3);
  await page.getByLabel('年份').selectOption('2023');
  await expect(library(page).getByRole('button')).toHaveCount(0);
  await expect(page.getByText('没有符合筛选条件的文件')).toBeVisible();
  await page.getByRole('button', { name: '清除筛选' }).click();
  await page.getByLabel('年份').selectOption('2023');
  await expect(library(page).getByRole('button')).toHaveText([/^湘潭市推进长株潭都市圈建设综述/]);
  await page.getByRole('button', { name: '清除筛选' }).click();

  await page.getByLabel('筛选文库').fill('湘政发');
  await expect(library(page).getByRole('button')).toHaveText([new RegExp(`^${METRO}`)]);
  await page.getByLabel('筛选文库').fill('');
  await page.getByLabel('排序', { exact: true }).selectOption({ label: '按发文日期' });
  const titles = await library(page).locator('.doc-title').allTextContents();
  expect(titles.slice(0, 2)).toEqual(['湘潭市推进长株潭都市圈建设综述（报纸专版）', METRO]);
});

test('imports files from the button one by one with progress, showing each failure in Chinese', async ({ server, page }) => {
  const empty = { name: '空白.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) };
  // What the core says about an empty file, in Chinese: the UI must show exactly this.
  const refusal = await (
    await fetch(`${server.base}api/importUploads`, {
      method: 'POST',
      headers: apiHeaders(server),
      body: JSON.stringify({ files: [{ name: empty.name, dataBase64: '' }] }),
    })
  ).json();
  const reason: string = refusal.result[0].error.messageZh;
  expect(reason).toMatch(/[\u4e00-\u9fff]/);

  await page.goto(server.url);
  await expect(library(page).getByRole('button')).toHaveCount(5);
  const files = ['1954年中华人民共和国国务院政府工作报告.txt', '1956年中华人民共和国国务院政府工作报告.txt'].map((name) => ({
    name,
    mimeType: 'text/plain',
    buffer: fs.readFileSync(path.join(REPORTS, name)),
  }));
  await page.getByLabel('选择要导入的文件').setInputFiles([files[0]!, empty, files[1]!]);
  const progress = page.getByRole('region', { name: '导入进度' });
  await expect(progress.getByText('导入完成：成功 2 个，失败 1 个')).toBeVisible();
  await expect(progress.locator('li.failed')).toHaveText(`${empty.name}${reason}`);
  await expect(library(page).getByRole('button')).toHaveCount(7);
  await progress.locator('li.ok').first().getByRole('button', { name: '打开' }).click();
  await expect(docTabs(page, { selected: true })).toContainText('1954');
  await progress.getByRole('button', { name: '关闭导入结果' }).click();
  await expect(progress).toHaveCount(0);
});

test('imports files dropped onto the window', async ({ server, page }) => {
  await page.goto(server.url);
  await expect(library(page).getByRole('button')).toHaveCount(5);
  const name = '1957年中华人民共和国国务院政府工作报告.txt';
  const text = fs.readFileSync(path.join(REPORTS, name), 'utf8');
  const dataTransfer = await page.evaluateHandle(
    ({ name, text }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], name, { type: 'text/plain' }));
      return dt;
    },
    { name, text },
  );
  await page.dispatchEvent('.app-main', 'dragenter', { dataTransfer });
  await expect(page.getByText('松开鼠标，导入到文库')).toBeVisible();
  await page.dispatchEvent('.app-main', 'drop', { dataTransfer });
  await expect(page.getByText('松开鼠标，导入到文库')).toBeHidden();
  await expect(page.getByRole('region', { name: '导入进度' }).getByText('导入完成：成功 1 个，失败 0 个')).toBeVisible();
  await expect(library(page).getByRole('button')).toHaveCount(6);
});

test('shows the clean-ups applied at import and the original text', async ({ server, page }) => {
  await page.goto(server.url);
  await openFromLibrary(page, METRO);
  await page.waitForURL(/#\/doc\/\d+/);
  const docId = Number(/#\/doc\/(\d+)/.exec(page.url())![1]);
  const call = async (method: string) =>
    (await (await fetch(`${server.base}api/${method}`, { method: 'POST', headers: apiHeaders(server), body: JSON.stringify({ docId }) })).json()).result;
  const detail = await call('getDocument');
  const original = await call('getOriginal');

  await openInfo(page);
  if (detail.cleanups.length === 0) {
    await expect(infoPanel(page).getByText('正文与原文一致，未做整理。')).toBeVisible();
  } else {
    const rows = infoPanel(page).getByRole('list', { name: '导入时的整理' }).getByRole('listitem');
    await expect(rows).toHaveCount(detail.cleanups.length);
    for (const [i, c] of detail.cleanups.entries()) await expect(rows.nth(i)).toContainText(`${c.count} 处`);
  }
  await infoPanel(page).getByRole('button', { name: '查看原文' }).click();
  const dialog = page.getByRole('dialog', { name: '原文' });
  await expect(dialog.locator('pre')).toHaveText(original.text, { useInnerText: false });
  await dialog.getByRole('button', { name: '关闭原文' }).click();
  await expect(dialog).toBeHidden();
});
