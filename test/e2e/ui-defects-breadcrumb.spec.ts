import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { METRO, openFromLibrary, outline } from './reading-helpers';

const CHAPTER_4 = '第四章一体化推动基础设施互联互通';
const SECTION_4_1 = '第一节构建一体化综合交通网络';

function box(locator: Locator) {
  return locator.boundingBox().then((b) => b!);
}

test('#9 the breadcrumb shows the whole path when there is room, and the Ctrl+F bar does not cover it', async ({ page, server }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(server.url);
  await openFromLibrary(page, METRO);
  await outline(page).getByRole('button', { name: '全部展开' }).click();
  await outline(page).getByRole('button', { name: SECTION_4_1, exact: true }).first().click();
  const breadcrumb = page.getByRole('navigation', { name: '当前位置' });
  await expect(breadcrumb.getByRole('listitem')).toHaveText([`《${METRO}》`, CHAPTER_4, SECTION_4_1]);

  // Both side bars hidden: nothing in the breadcrumb is cut short.
  await page.getByRole('button', { name: '隐藏文库' }).click();
  await page.getByRole('button', { name: '阅读设置' }).click();
  await page.getByRole('radiogroup', { name: '目录' }).getByRole('radio', { name: '隐藏' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('navigation', { name: '目录' })).toHaveCount(0);
  const nothingCut = async () => {
    for (const button of await breadcrumb.getByRole('button').all()) {
      expect(await button.evaluate((el) => el.scrollWidth <= el.clientWidth), await button.innerText()).toBe(true);
    }
  };
  await nothingCut();
  // Under a short heading too (the title once got at most 40% of a path that short).
  await page.getByRole('button', { name: '阅读设置' }).click();
  await page.getByRole('radiogroup', { name: '目录' }).getByRole('radio', { name: '显示' }).click();
  await page.keyboard.press('Escape');
  await outline(page).getByRole('button', { name: '前言', exact: true }).click();
  await expect(breadcrumb.getByRole('listitem')).toHaveText([`《${METRO}》`, '前言']);
  await nothingCut();

  // Ctrl+F: the find bar sits below the breadcrumb, not over it.
  await page.locator('.text-scroll').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+f');
  const bar = page.getByRole('search', { name: '在文档中查找' });
  await expect(bar).toBeVisible();
  const [b, c] = [await box(bar), await box(breadcrumb)];
  expect(b.y).toBeGreaterThanOrEqual(c.y + c.height);
});
