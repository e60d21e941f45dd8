import type { Page } from '@playwright/test';
import { callApi, expect, test } from './fixtures';
import { docTabs } from './reading-helpers';

const PLAN = '长株潭一体化发展五年行动计划（2021—2025年）';
const LABELS = ['报纸版面PDF提取', '报纸电子版', '网页转载，不完整'];

async function openAllCopies(page: Page) {
  for (const label of LABELS) {
    await page.getByRole('navigation', { name: '文库' }).getByRole('button', { name: `${PLAN}（${label}）` }).click();
    await expect(page.locator('.doc-header h1')).toHaveText(`${PLAN}（${label}）`);
  }
}

test('#3 three copies of one plan open: each tab shows its copy label whole, tabs keep a readable width', async ({ page, server }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(server.url);
  await openAllCopies(page);
  await expect(docTabs(page)).toHaveCount(3);
  for (const [i, label] of LABELS.entries()) {
    const tab = docTabs(page).nth(i);
    const note = tab.locator('.doc-name-note');
    await expect(note).toHaveText(`（${label}）`);
    // The label is not cut: its text fits its box, and the box is inside the tab.
    expect(await note.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    const [tabBox, noteBox] = [await tab.boundingBox(), await note.boundingBox()];
    expect(noteBox!.x + noteBox!.width).toBeLessThanOrEqual(tabBox!.x + tabBox!.width + 1);
    // The title part keeps at least a few characters (not 长…).
    expect((await tab.locator('.doc-name-base').boundingBox())!.width).toBeGreaterThan(50);
  }
});

test('#3 Ctrl+P and the search groups say which copy a heading or hit is in; namesakes without a label show their date', async ({ page, server }) => {
  // Two laws with the same title and different dates.
  const docs = await callApi<{ id: number; title: string }[]>(server, 'listDocuments', {});
  const metro = docs.find((d) => d.title === '长株潭都市圈发展规划')!;
  const feature = docs.find((d) => d.title.startsWith('湘潭市'))!;
  await callApi(server, 'updateMetadata', { docId: metro.id, title: '同名文件', issuedOn: '2022-03-22' });
  await callApi(server, 'updateMetadata', { docId: feature.id, title: '同名文件', issuedOn: '2023-01-05' });

  await page.goto(server.url);
  await expect(page.getByRole('navigation', { name: '文库' }).getByRole('button', { name: '同名文件' })).toHaveCount(2);
  await page.keyboard.press('Control+p');
  const quick = page.getByRole('dialog', { name: '快速打开' });
  await quick.getByRole('searchbox').fill('围绕三化提质');
  const options = quick.getByRole('option');
  await expect(options).toHaveCount(3);
  const notes = options.locator('.quick-open-context .doc-name-note');
  expect((await notes.allTextContents()).sort()).toEqual(LABELS.map((l) => `（${l}）`).sort());
  // Each label is shown whole, not cut off by the width of the list.
  for (const note of await notes.all()) expect(await note.evaluate((el) => el.scrollWidth <= el.clientWidth + 1 && el.getBoundingClientRect().right <= el.closest('li')!.getBoundingClientRect().right + 1)).toBe(true);

  await quick.getByRole('searchbox').fill('同名文件');
  await expect(options).toHaveCount(2);
  await expect(options.locator('.doc-name-note')).toHaveText(['（2022-03-22）', '（2023-01-05）']);
  await page.keyboard.press('Escape');

  // The search drop-down: one group per copy, each with its label.
  const search = page.getByLabel('搜索全部文件');
  await search.fill('规划同图');
  const groups = page.locator('.search-group .search-doc .doc-name', { hasText: PLAN }).locator('.doc-name-note');
  await expect(groups.first()).toBeVisible();
  expect((await groups.allTextContents()).sort()).toEqual(LABELS.map((l) => `（${l}）`).sort());
});

test('#3 with more tabs than fit, the active tab is scrolled into view', async ({ page, server }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(server.url);
  const library = page.getByRole('navigation', { name: '文库' });
  await expect(library.getByRole('button')).toHaveCount(5);
  for (const button of await library.getByRole('button').all()) await button.click();
  await expect(docTabs(page)).toHaveCount(5);
  // Narrow the window so five readable tabs cannot all show.
  await page.setViewportSize({ width: 900, height: 768 });
  await docTabs(page).first().click();
  await expect(docTabs(page).first()).toBeInViewport({ ratio: 0.9 });
  await library.getByRole('button').last().click();
  await expect(docTabs(page).last()).toBeInViewport({ ratio: 0.9 });
});

test('a text that opens with its own title shows the title once; the outline still reaches that heading', async ({ page, server }) => {
  const text = ['# 某区规划图示说明', '', '## 第一章 发展基础', '', '某区位于湖南省中东部，交通便利。', '', '## 第二章 交通互联', '', '都市圈内部交通联系紧密。'].join('\n');
  const [imported] = await callApi<{ docId: number }[]>(server, 'importUploads', { files: [{ name: '某区规划图示说明.md', dataBase64: Buffer.from(text).toString('base64') }] });
  await page.goto(`${server.url}#/doc/${imported!.docId}`);
  await expect(page.locator('.doc-header h1')).toHaveText('某区规划图示说明');
  const main = page.locator('.reader-main');
  await expect(main.getByText('某区位于湖南省中东部')).toBeVisible();
  // Only the header says it: the heading that repeats it takes no room and is not shown.
  const shown = await main.locator('h1, h2, h3, .block').evaluateAll((els) =>
    els.filter((el) => el.textContent?.trim() === '某区规划图示说明' && el.getBoundingClientRect().height > 0 && getComputedStyle(el).visibility !== 'hidden').length,
  );
  expect(shown).toBe(1);
  await expect(page.getByRole('navigation', { name: '目录' }).getByText('某区规划图示说明')).toBeVisible();
  // A text whose first heading is not its title shows both, as before.
  await page.goto(server.url);
  await page.getByRole('navigation', { name: '文库' }).getByRole('button', { name: '长株潭都市圈发展规划' }).first().click();
  await expect(main.getByText('湖南省人民政府关于印发《长株潭都市圈发展规划》的通知').first()).toBeVisible();
});
