import type { Page } from '@playwright/test';
import { apiHeaders, expect, test, type ReaderServer } from './fixtures';
import { METRO, offsetFromTextTop, openFromLibrary } from './reading-helpers';

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/search-${name}.png` });
const findBar = (page: Page) => page.getByRole('search', { name: '在文档中查找' });
const currentMatchBlock = (page: Page) => page.locator('[data-block-id]:has([data-search-current])');

/** Occurrences of `term` in a document, counted by the test itself from the API's blocks. */
async function occurrences(page: Page, server: ReaderServer, docTitle: string, term: string): Promise<number> {
  const docs = (await (await page.request.post(`${server.base}api/listDocuments`, { data: {}, headers: apiHeaders(server) })).json()).result as { id: number; title: string }[];
  const doc = docs.find((d) => d.title === docTitle)!;
  const blocks = (await (await page.request.post(`${server.base}api/getBlocks`, { data: { docId: doc.id }, headers: apiHeaders(server) })).json()).result as { text: string }[];
  return blocks.reduce((n, b) => n + b.text.split(term).length - 1, 0);
}

test('search as you type, grouped by document; a hit opens at its paragraph with every match marked, next and previous', async ({ page, server }) => {
  await page.goto(server.url);
  const box = page.getByRole('searchbox', { name: '搜索全部文件' });
  await box.click();
  await box.pressSequentially('绿心', { delay: 40 });
  const panel = page.getByRole('region', { name: '搜索结果' });
  await expect(panel.locator('.search-status [aria-live]')).toHaveText(/^\d+ 段，\d+ 份文件$/);
  const metroGroup = panel.getByRole('region', { name: METRO });
  await expect(metroGroup).toBeVisible();
  await expect(metroGroup.locator('.search-doc-count')).toHaveText(/^\d+ 处$/);
  await expect(metroGroup.locator('mark.search-match').first()).toHaveText('绿心');
  await shot(page, 'panel');

  // The first hit of the metro plan: its snippet tells which paragraph should come into view.
  const firstHit = metroGroup.locator('.search-hit').first();
  const snippet = (await firstHit.locator('.search-snippet').innerText()).replace(/…/g, '');
  await firstHit.click();
  await expect(panel).toBeHidden();
  await expect(findBar(page)).toBeVisible();
  const total = await occurrences(page, server, METRO, '绿心');
  await expect(findBar(page).locator('.find-count')).toHaveText(new RegExp(`^\\d+ / ${total}$`));
  await expect(currentMatchBlock(page)).toBeInViewport();
  expect(await currentMatchBlock(page).innerText()).toContain(snippet.slice(0, 12));
  await expect(page.locator('.text-scroll mark.search-match').first()).toHaveText('绿心');
  const position = Number((await findBar(page).locator('.find-count').innerText()).split(' / ')[0]);
  await shot(page, 'opened-hit');

  await findBar(page).getByRole('button', { name: '下一处' }).click();
  await expect(findBar(page).locator('.find-count')).toHaveText(`${(position % total) + 1} / ${total}`);
  await expect(page.locator('[data-search-current]')).toBeInViewport();
  await findBar(page).getByRole('button', { name: '上一处' }).click();
  await expect(findBar(page).locator('.find-count')).toHaveText(`${position} / ${total}`);
  await expect(page.locator('[data-search-current]')).toBeInViewport();
  await shot(page, 'next-previous');
});

test('Ctrl+F counts matches in the open document and steps through them with Enter', async ({ page, server }) => {
  await page.goto(server.url);
  await openFromLibrary(page, METRO);
  await page.locator('.text-scroll').click();
  await page.keyboard.press('Control+f');
  const input = findBar(page).getByRole('searchbox', { name: '在本文中查找' });
  await expect(input).toBeFocused();
  await input.pressSequentially('都市圈');
  const total = await occurrences(page, server, METRO, '都市圈');
  expect(total).toBeGreaterThan(10);
  await expect(findBar(page).locator('.find-count')).toHaveText(`1 / ${total}`);
  await input.press('Enter');
  await input.press('Enter');
  await expect(findBar(page).locator('.find-count')).toHaveText(`3 / ${total}`);
  await expect(page.locator('[data-search-current]')).toBeInViewport();
  await expect(page.locator('[data-search-current]')).toHaveText('都市圈');
  await input.press('Shift+Enter');
  await expect(findBar(page).locator('.find-count')).toHaveText(`2 / ${total}`);
  await shot(page, 'find');
  await input.fill('没有这个词组');
  await expect(findBar(page).locator('.find-count')).toHaveText('无结果');
  await input.press('Escape');
  await expect(findBar(page)).toBeHidden();
  await expect(page.locator('mark.search-match')).toHaveCount(0);
});

test('Ctrl+P opens any document or heading by part of its title', async ({ page, server }) => {
  await page.goto(server.url);
  await expect(page.getByRole('searchbox', { name: '搜索全部文件' })).toBeVisible();
  await page.keyboard.press('Control+p');
  const dialog = page.getByRole('dialog', { name: '快速打开' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('searchbox').pressSequentially('规划背景');
  const options = dialog.getByRole('option');
  await expect(options.first()).toContainText('第一章规划背景');
  await expect(options.first()).toContainText(METRO);
  await shot(page, 'quick-open');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: '第一章规划背景' })).toBeInViewport();
  expect(Math.abs(await offsetFromTextTop(page, '第一章规划背景'))).toBeLessThan(40);

  // Characters of a title in order but apart ("株潭" … "规划") still find the document.
  await page.keyboard.press('Control+p');
  await dialog.getByRole('searchbox').pressSequentially('湘潭');
  await expect(options.first()).toBeVisible();
  await expect(options.first()).toContainText('湘潭');
});

test('the search can be limited to the open document or to all versions of it', async ({ page, server }) => {
  await page.goto(server.url);
  await openFromLibrary(page, /网页转载/);
  const box = page.getByRole('searchbox', { name: '搜索全部文件' });
  await box.fill('长株潭');
  const panel = page.getByRole('region', { name: '搜索结果' });
  const groups = panel.locator('.search-group:not(.search-more) .search-doc button');
  const status = panel.locator('.search-status [aria-live]');
  await expect(status).toHaveText(/，5 份文件$/);
  await panel.getByRole('combobox', { name: '搜索范围' }).selectOption({ label: '当前文件' });
  await expect(status).toHaveText(/，1 份文件$/);
  await expect(groups).toHaveText([/网页转载/]);
  await panel.getByRole('combobox', { name: '搜索范围' }).selectOption({ label: '当前文件的各个版本' });
  await expect(status).toHaveText(/，3 份文件$/);
  for (const title of await groups.allInnerTexts()) expect(title).toMatch(/^长株潭一体化发展五年行动计划/);
  await shot(page, 'versions');
});
