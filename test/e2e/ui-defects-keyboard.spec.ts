import type { Page } from '@playwright/test';
import { callApi, expect, test } from './fixtures';
import { docTabs, METRO } from './reading-helpers';

const XIANGTAN = '湘潭市推进长株潭都市圈建设综述';

function scrollTop(page: Page): Promise<number> {
  return page.locator('.text-scroll').evaluate((el) => el.scrollTop);
}

function library(page: Page) {
  return page.getByRole('navigation', { name: '文库' });
}

test('#6 after opening a document (click, Enter, tab click) PageDown, Space, ↓ and End scroll the text', async ({ page, server }) => {
  await page.goto(server.url);
  // Click on a library item.
  await library(page).getByRole('button', { name: new RegExp(`^${METRO}`) }).click();
  await expect(page.locator('.doc-header h1')).toHaveText(METRO);
  await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('text-scroll'))).toBe(true);
  await page.keyboard.press('PageDown');
  await expect.poll(() => scrollTop(page)).toBeGreaterThan(200);
  const afterPageDown = await scrollTop(page);
  await page.keyboard.press('Space');
  await expect.poll(() => scrollTop(page)).toBeGreaterThan(afterPageDown + 200);
  const afterSpace = await scrollTop(page);
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => scrollTop(page)).toBeGreaterThan(afterSpace);
  await page.keyboard.press('End');
  const docs = await callApi<{ id: number; title: string }[]>(server, 'listDocuments', {});
  const blocks = await callApi<{ text: string }[]>(server, 'getBlocks', { docId: docs.find((d) => d.title === METRO)!.id });
  const last = blocks[blocks.length - 1]!.text;
  await expect(page.locator('[data-text-root]').filter({ hasText: last }).last()).toBeInViewport();
  await page.keyboard.press('Home');
  await expect(page.locator('.doc-header h1')).toBeInViewport();
  await page.keyboard.press('PageDown');

  // Enter on a library item.
  await library(page).getByRole('button', { name: new RegExp(`^${XIANGTAN}`) }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.doc-header h1')).toContainText(XIANGTAN);
  await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('text-scroll'))).toBe(true);
  await page.keyboard.press('PageDown');
  await expect.poll(() => scrollTop(page)).toBeGreaterThan(200);

  // A click on the tab of the other document.
  await docTabs(page).first().click();
  await expect(page.locator('.doc-header h1')).toHaveText(METRO);
  await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('text-scroll'))).toBe(true);
  const before = await scrollTop(page);
  await page.keyboard.press('PageDown');
  await expect.poll(() => scrollTop(page)).toBeGreaterThan(before + 200);
});

test('#6 a selection made with the keyboard is highlighted with the keyboard (Shift+→, then 1–5)', async ({ page, server }) => {
  await page.goto(server.url);
  await library(page).getByRole('button', { name: new RegExp(`^${METRO}`) }).click();
  await expect(page.locator('.doc-header h1')).toHaveText(METRO);
  await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('text-scroll'))).toBe(true);
  // The reading pane has the focus; Shift+→ selects from the start of its first paragraph on screen.
  for (let i = 0; i < 6; i++) await page.keyboard.press('Shift+ArrowRight');
  const toolbar = page.getByRole('toolbar', { name: '标注工具' });
  await expect(toolbar).toBeVisible();
  await expect(toolbar).toContainText('1');
  await page.keyboard.press('1');
  await expect(toolbar).toBeHidden();
  const mark = page.locator('mark[data-annotation]').first();
  await expect(mark).toBeVisible();
  await expect.poll(() => mark.evaluate((m) => m.textContent!.length)).toBe(6);
});
