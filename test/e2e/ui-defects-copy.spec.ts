import { expect, test } from './fixtures';
import { METRO, openFromLibrary, outline } from './reading-helpers';

const END_OF_FIRST = '发展新格局。';
const START_OF_SECOND = '坚持协同创新。';

test('#4 Ctrl+C over two paragraphs copies their text only, not the 引用/链接 buttons between them', async ({ page, server, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(server.url);
  await openFromLibrary(page, METRO);
  await outline(page).getByRole('button', { name: '全部展开' }).click();
  await outline(page).getByRole('button', { name: /^第二节基本原则/ }).first().click();
  const first = page.locator('[data-text-root]', { hasText: '坚持协调发展。' }).first();
  await expect(first).toBeVisible();
  // The block tools show while the pointer is over the paragraph, as they did for the user.
  await first.hover();

  // Select from the end of one paragraph into the beginning of the next, as a user drags.
  await page.evaluate(
    ({ end, start }) => {
      const roots = [...document.querySelectorAll('[data-block-id] [data-text-root]')];
      const from = roots.find((r) => r.textContent!.endsWith(end))!.firstChild!;
      const to = roots.find((r) => r.textContent!.startsWith(start))!.firstChild!;
      window.getSelection()!.setBaseAndExtent(from, from.textContent!.length - end.length, to, start.length);
    },
    { end: END_OF_FIRST, start: START_OF_SECOND },
  );
  await page.keyboard.press('Control+C');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(END_OF_FIRST);
  expect(copied).toContain(START_OF_SECOND);
  expect(copied).not.toMatch(/引用|链接/);
  expect(copied.replace(/\s+/g, '')).toBe(END_OF_FIRST + START_OF_SECOND);
  // The block tools themselves cannot be selected.
  const userSelect = await page.locator('.block-tools').first().evaluate((el) => getComputedStyle(el).userSelect);
  expect(userSelect).toBe('none');
});
