import path from 'node:path';
import type { Page } from '@playwright/test';
import { corporaDir } from '../helpers/paths';
import { expect, test } from './fixtures';

/** Buttons the tour does not press: they would delete the user's documents or notes. */
const DESTRUCTIVE = /删除|移除|清空|重置|永久/;

/**
 * Press every safe button that is visible in `scope`, once, closing whatever opens with Escape.
 * The UI grows with every feature; the tour follows it without knowing its details.
 */
async function pressEveryButton(page: Page, scope: string): Promise<number> {
  const names = await page
    .locator(scope)
    .getByRole('button')
    .evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => e.getAttribute('aria-label') || e.textContent || ''));
  let pressed = 0;
  for (const name of [...new Set(names)].filter((n) => n.trim() !== '' && !DESTRUCTIVE.test(n))) {
    const button = page.locator(scope).getByRole('button', { name, exact: true }).first();
    if (!(await button.isVisible()) || !(await button.isEnabled())) continue;
    await button.click({ timeout: 2_000 }).catch(() => undefined);
    pressed++;
    await page.waitForTimeout(150);
    await page.keyboard.press('Escape');
  }
  return pressed;
}

test('a full tour of the UI sends no request anywhere but 127.0.0.1', async ({ page, server }) => {
  test.setTimeout(120_000);
  const origin = new URL(server.url).origin;
  const requests: string[] = [];
  const outside: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('websocket', (ws) => outside.push(`websocket ${ws.url()}`));
  // Anything not addressed to the reader's own server is refused and recorded.
  await page.context().route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    outside.push(url);
    return route.abort('blockedbyclient');
  });

  // The page's CSP would stop a remote load before it became a request: record those attempts too.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });

  await page.goto(server.url);
  const library = page.getByRole('navigation', { name: '文库' });
  await expect(library.getByRole('button', { name: /^长株潭都市圈发展规划/ })).toBeVisible();

  // Read every document: open it, jump through its chapters.
  const titles = await library.getByRole('listitem').getByRole('button').allInnerTexts();
  expect(titles.length).toBeGreaterThanOrEqual(5);
  for (const title of titles) {
    await library.getByRole('button', { name: title.split('\n')[0]!.trim() }).first().click();
    const outline = page.getByRole('navigation', { name: '目录' });
    await expect(outline.getByRole('button').first()).toBeVisible();
    const chapters = outline.getByRole('button');
    const count = await chapters.count();
    for (const i of [0, Math.floor(count / 2), count - 1]) await chapters.nth(i).click();
  }

  // Filter the library, search, the app's shortcuts.
  const boxes = page.getByRole('searchbox');
  for (let i = 0; i < (await boxes.count()); i++) {
    if (!(await boxes.nth(i).isVisible())) continue;
    await boxes.nth(i).fill('长株潭 行动计划');
    await page.waitForTimeout(400);
    await boxes.nth(i).fill('');
  }
  for (const key of ['Control+f', 'Control+p', 'Control+Shift+e']) {
    await page.locator('body').press(key);
    await page.waitForTimeout(300);
    await page.keyboard.press('Escape');
  }
  await page.getByRole('searchbox', { name: '筛选文库' }).fill('');

  // Import a real report through the file picker.
  const report = path.join(corporaDir, 'gov-work-reports', '1954年中华人民共和国国务院政府工作报告.txt');
  await page.locator('input[type=file]').first().setInputFiles(report);
  await expect(library.getByRole('button', { name: /政府工作报告/ }).first()).toBeVisible({ timeout: 20_000 });

  // Every control of the toolbar and of the reader, with a document open.
  await library.getByRole('button', { name: /^长株潭都市圈发展规划/ }).click();
  let pressed = 0;
  for (const scope of ['main', 'aside', 'header']) pressed += await pressEveryButton(page, scope);
  expect(pressed).toBeGreaterThan(3);
  await page.screenshot({ path: 'test-results/screens/offline-tour.png' });

  expect(outside, 'requests that tried to leave 127.0.0.1').toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
  const elsewhere = requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:') && !u.startsWith('blob:'));
  expect(elsewhere).toEqual([]);
  expect(requests.filter((u) => u.includes('/api/')).length).toBeGreaterThan(20); // the tour really used the app
});
