// Screenshots of the reading views in both themes (test-results/screens/), with checks that each view is what it claims.
import { expect, test } from './fixtures';
import { METRO, openFromLibrary, outline } from './reading-helpers';

for (const theme of ['light', 'dark'] as const) {
  test(`reading, outline and presentation in the ${theme} theme`, async ({ server, page }) => {
    await page.goto(server.url);
    if (theme === 'dark') {
      await page.getByRole('button', { name: '阅读设置' }).click();
      await page.getByRole('radiogroup', { name: '主题' }).getByRole('radio', { name: '深色' }).click();
      await page.keyboard.press('Escape');
    }
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await page.screenshot({ path: `test-results/screens/start-${theme}.png` });

    await openFromLibrary(page, METRO);
    await outline(page).getByRole('button', { name: /^第四章/ }).click();
    await outline(page).getByRole('button', { name: /^第二节/ }).first().click();
    await page.locator('.block-paragraph').nth(1).hover();
    await page.screenshot({ path: `test-results/screens/reading-${theme}.png` });
    const background = await page.locator('.text-scroll').evaluate((el) => getComputedStyle(el.closest('.app-main')!).backgroundColor);
    const [r] = background.match(/\d+/g)!.map(Number);
    expect(theme === 'dark' ? r! < 60 : r! > 200).toBe(true);

    await outline(page).getByRole('button', { name: '全部展开' }).click();
    await page.getByRole('button', { name: '文档信息' }).click();
    await page.screenshot({ path: `test-results/screens/outline-${theme}.png` });
    await page.getByRole('button', { name: '文档信息' }).click();

    await page.getByRole('button', { name: '演示' }).click();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('dialog', { name: '演示模式' }).locator('[aria-current="step"]')).toHaveText(/^\S/);
    await page.waitForTimeout(400); // let the smooth scroll to the current paragraph finish
    await page.screenshot({ path: `test-results/screens/presentation-${theme}.png` });
  });
}
