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
  await expect(metroGroup.locator('.search-doc-count')).toHaveText(/^\d+ 段$/);
  await expect(metroGroup.locator('mark.search-match').first()).toHaveText('绿心');
  await shot(page, 'panel');

  // The first hit of the metro plan: its snippet tells which paragraph should come into view.
  const firstHit = metroGroup.locator('.search-hit').first();
  const snippet = (await firstHit.locator('.search-snippet').innerText()).replace(/…/g, '');
  await firstHit.click();
  await expect(panel).toBeHidden();
  await expect(findBar(page)).toBeVisible();
  const total = await occurrences(page, server, METRO, '绿心');
  await expect(findBar(page).locator('.find-count')).toHaveText(new RegExp(`^\\d+ / ${total} 处 · \\d+ 段$`));
  await expect(currentMatchBlock(page)).toBeInViewport();
  expect(await currentMatchBlock(page).innerText()).toContain(snippet.slice(0, 12));
  await expect(page.locator('.text-scroll mark.search-match').first()).toHaveText('绿心');
  const position = Number((await findBar(page).locator('.find-count').innerText()).split(' / ')[0]);
  const paragraphs = (await findBar(page).locator('.find-count').innerText()).split(' · ')[1];
  await shot(page, 'opened-hit');

  await findBar(page).getByRole('button', { name: '下一处' }).click();
  await expect(findBar(page).locator('.find-count')).toHaveText(`${(position % total) + 1} / ${total} 处 · ${paragraphs}`);
  await expect(page.locator('[data-search-current]')).toBeInViewport();
  await findBar(page).getByRole('button', { name: '上一处' }).click();
  await expect(findBar(page).locator('.find-count')).toHaveText(`${position} / ${total} 处 · ${paragraphs}`);
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
  await expect(findBar(page).locator('.find-count')).toHaveText(new RegExp(`^1 / ${total} 处 · \\d+ 段$`));
  await input.press('Enter');
  await input.press('Enter');
  await expect(findBar(page).locator('.find-count')).toHaveText(new RegExp(`^3 / ${total} 处 · \\d+ 段$`));
  await expect(page.locator('[data-search-current]')).toBeInViewport();
  await expect(page.locator('[data-search-current]')).toHaveText('都市圈');
  await input.press('Shift+Enter');
  await expect(findBar(page).locator('.find-count')).toHaveText(new RegExp(`^2 / ${total} 处 · \\d+ 段$`));
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
  await panel.getByRole('combobox', { name: '搜索范围' }).selectOption({ label: '本作品的各个版本' });
  await expect(status).toHaveText(/，3 份文件$/);
  for (const title of await groups.allInnerTexts()) expect(title).toMatch(/^长株潭一体化发展五年行动计划/);
  await shot(page, 'versions');
});

const searchBox = (page: Page) => page.getByRole('searchbox', { name: '搜索全部文件' });
const resultsPanel = (page: Page) => page.getByRole('region', { name: '搜索结果' });
const shownHits = (page: Page) => resultsPanel(page).locator('.search-group:not(.search-more) .search-hit');

async function api<T>(page: Page, serverUrl: string, method: string, args: object): Promise<T> {
  // The printed address carries the access token; API calls send it in a header.
  const address = new URL(serverUrl);
  const headers = { 'x-policy-reader-token': address.searchParams.get('token') ?? '' };
  return (await (await page.request.post(`${address.origin}/api/${method}`, { data: args, headers })).json()).result as T;
}

test('↓ walks the results in the order they are shown, and Enter opens the one selected', async ({ page, server }) => {
  await page.goto(server.url);
  await searchBox(page).fill('交通');
  await expect(resultsPanel(page).locator('.search-status [aria-live]')).toHaveText(/^\d+ 段，\d+ 份文件$/);
  const hits = shownHits(page);
  expect(await hits.count()).toBeGreaterThan(4);
  for (let i = 0; i < 4; i++) {
    await searchBox(page).press('ArrowDown');
    await expect(hits.nth(i)).toHaveClass(/selected/);
    await expect(resultsPanel(page).locator('.search-hit.selected')).toHaveCount(1);
  }
  await searchBox(page).press('ArrowUp');
  await expect(hits.nth(2)).toHaveClass(/selected/);
  const chosen = hits.nth(2);
  const group = (await chosen.locator('xpath=ancestor::section[1]').getAttribute('aria-label'))!;
  const snippet = (await chosen.locator('.search-snippet').innerText()).replace(/…/g, '');
  await searchBox(page).press('Enter');
  await expect(resultsPanel(page)).toBeHidden();
  await expect(page.getByRole('article', { name: group })).toBeVisible();
  await expect(currentMatchBlock(page)).toBeInViewport();
  expect(await currentMatchBlock(page).innerText()).toContain(snippet.slice(0, 12));
});

test('typing keeps the previous results on screen until the new ones arrive', async ({ page, server }) => {
  await page.goto(server.url);
  let delay = 0;
  await page.route('**/api/search', async (route) => {
    if (delay) await new Promise((r) => setTimeout(r, delay));
    await route.continue();
  });
  await searchBox(page).fill('绿心');
  const status = resultsPanel(page).locator('.search-status [aria-live]');
  await expect(status).toHaveText(/^\d+ 段，\d+ 份文件$/);
  const before = await status.innerText();
  const firstGroup = await resultsPanel(page).locator('.search-group').first().getAttribute('aria-label');
  delay = 1500;
  await searchBox(page).press('End');
  await searchBox(page).pressSequentially('地区', { delay: 30 });
  // While the answer is on its way: the old groups stay, marked as stale, never a blank 正在搜索….
  await expect(status).toHaveText(`${before}…`);
  await expect(resultsPanel(page).locator('.search-group').first()).toHaveAttribute('aria-label', firstGroup!);
  await expect(resultsPanel(page).locator('.search-stale')).toBeVisible();
  await expect(status).not.toHaveText(`${before}…`, { timeout: 5000 });
  await expect(status).not.toHaveText('正在搜索…');
  await expect(resultsPanel(page).locator('.search-stale')).toHaveCount(0);
});

test('the scope menu offers this work\'s versions and the chapter being read', async ({ page, server }) => {
  await page.goto(server.url);
  await openFromLibrary(page, METRO);
  await page.locator('.outline-entry', { hasText: '第一章规划背景' }).click();
  await expect(page.getByRole('heading', { name: '第一章规划背景' })).toBeInViewport();
  await page.waitForTimeout(300);
  await searchBox(page).fill('发展');
  const scope = resultsPanel(page).getByRole('combobox', { name: '搜索范围' });
  await expect(scope.locator('option')).toContainText(['全部文件', '当前文件', '本章：第一章规划背景']);
  await scope.selectOption({ label: '本章：第一章规划背景' });
  const status = resultsPanel(page).locator('.search-status [aria-live]');
  await expect(status).toHaveText(/，1 份文件$/);
  const blocks = await api<{ blockId: number; kind: string; level: number; text: string }[]>(page, server.url, 'getBlocks', {
    docId: (await api<{ id: number; title: string }[]>(page, server.url, 'listDocuments', {})).find((d) => d.title === METRO)!.id,
  });
  const heading = blocks.find((b) => b.text === '第一章规划背景')!;
  const expected = await api<{ total: number }>(page, server.url, 'search', { query: '发展', chapterId: heading.blockId });
  await expect(status).toHaveText(new RegExp(`^${expected.total} 段，1 份文件$`));
  for (const path of await shownHits(page).locator('.search-path').allInnerTexts()) expect(path).toContain('第一章规划背景');
  await openFromLibrary(page, /网页转载/);
  await searchBox(page).fill('长株潭');
  await expect(scope.locator('option')).toContainText(['全部文件', '当前文件', '本作品的各个版本']);
});

test('Enter shows all results: paged, grouped, with facets, the sort switch and export', async ({ page, server }) => {
  for (const size of [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(size);
    await page.goto(server.url);
    await searchBox(page).fill('发展');
    await expect(resultsPanel(page).locator('.search-status [aria-live]')).toHaveText(/^\d+ 段/);
    await expect(resultsPanel(page).getByRole('button', { name: /^全部结果/ })).toBeVisible();
    await page.screenshot({ path: `test-results/screens/search-dropdown-${size.width}.png` });
    await searchBox(page).press('Enter');
    const dialog = page.getByRole('dialog', { name: '全部搜索结果' });
    await expect(dialog).toBeVisible();
    const all = await api<{ total: number; docs: { docId: number; title: string; count: number }[] }>(page, server.url, 'search', { query: '发展' });
    await expect(dialog.locator('.search-page-total')).toHaveText(`${all.total} 段，${all.docs.length} 份文件`);
    await expect(dialog.locator('.search-pager')).toContainText(`第 1 / ${Math.ceil(all.total / 50)} 页`);
    await expect(dialog.locator('.search-hit')).toHaveCount(50);
    await page.screenshot({ path: `test-results/screens/search-page-${size.width}.png` });
    // The 文件 facet tells the copies of one plan apart: each says its copy label in full, however long the title.
    const fileFacet = dialog.getByRole('region', { name: '文件' });
    const names = await fileFacet.locator('.search-facet-label').evaluateAll((labels) => labels.map((l) => l.getAttribute('title')));
    expect(new Set(names).size).toBe(all.docs.length);
    const notes = fileFacet.locator('.doc-name-note');
    expect(await notes.count()).toBeGreaterThanOrEqual(2);
    const facetRight = (await fileFacet.boundingBox())!.x + (await fileFacet.boundingBox())!.width;
    for (const note of await notes.all()) {
      const box = (await note.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(facetRight);
      expect(await note.evaluate((n) => n.scrollWidth <= n.clientWidth)).toBe(true);
    }
    const firstPage = await dialog.locator('.search-hit').allInnerTexts();
    await dialog.getByRole('button', { name: '下一页' }).click();
    await expect(dialog.locator('.search-pager')).toContainText('第 2 /');
    // The previous page stays on screen until the next one arrives: wait for it.
    await expect.poll(() => dialog.locator('.search-hit').allInnerTexts()).not.toEqual(firstPage);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }

  const dialog = page.getByRole('dialog', { name: '全部搜索结果' });
  await searchBox(page).press('Enter');
  // The sort switch: documents newest first, as the API orders them.
  await dialog.getByRole('combobox', { name: '结果排序' }).selectOption({ label: '发布日期' });
  const byDate = await api<{ docs: { docId: number; title: string }[]; hits: { docId: number }[] }>(page, server.url, 'search', {
    query: '发展',
    sort: 'date',
    limit: 50,
  });
  const onFirstPage = byDate.docs.filter((d) => byDate.hits.some((h) => h.docId === d.docId)).map((d) => d.title);
  expect(onFirstPage.length).toBeGreaterThan(0);
  await expect
    .poll(() => dialog.locator('.search-page-results .search-group').evaluateAll((groups) => groups.map((g) => g.getAttribute('aria-label'))))
    .toEqual(onFirstPage);
  // A document facet narrows the list to its count.
  const facet = dialog.getByRole('region', { name: '文件' }).getByRole('button').nth(1);
  const count = Number((await facet.locator('.search-doc-count').innerText()).replace(' 段', ''));
  await facet.click();
  await expect(dialog.locator('.search-page-total')).toHaveText(`${count} 段，1 份文件`);
  // Export of the (narrowed) list as CSV: one line per paragraph.
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '导出 CSV' }).click();
  const file = await (await download).path();
  const lines = (await import('node:fs')).readFileSync(file!, 'utf8').replace(/^\ufeff/, '').trim().split('\r\n');
  expect(lines[0]).toBe('文件,章节,段落');
  expect(lines).toHaveLength(count + 1);
});
