import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { docTabs } from './reading-helpers';

// Screens changed for issue 14, at the two sizes officials' laptops and desktops have; the files are
// looked at by a person (test-results/screens/ui-defects-*.png). Each step checks what it shows.

const PLAN = '长株潭一体化发展五年行动计划（2021—2025年）';
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/ui-defects-${name}-${page.viewportSize()!.width}.png` });

for (const size of SIZES) {
  test(`screens at ${size.width}×${size.height}: versions in the library, tabs, copy end, compare warning, Ctrl+P, find bar`, async ({ page, server }) => {
    await page.setViewportSize(size);
    await page.goto(server.url);
    const library = page.getByRole('navigation', { name: '文库' });
    for (const label of ['网页转载，不完整', '报纸版面PDF提取', '报纸电子版']) await library.getByRole('button', { name: `${PLAN}（${label}）` }).click();
    await expect(docTabs(page)).toHaveCount(3);
    await expect(library.locator('.work-head')).toContainText('3 个版本');
    await shot(page, 'library-tabs');

    await docTabs(page).first().click();
    await expect(page.locator('.doc-header h1')).toHaveText(`${PLAN}（网页转载，不完整）`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('text-scroll');
    await page.keyboard.press('End');
    await expect(page.getByRole('complementary', { name: '此副本到此为止' })).toBeInViewport();
    await shot(page, 'copy-ends');

    await page.keyboard.press('Home');
    await page.keyboard.press('Control+f');
    await page.getByRole('search', { name: '在文档中查找' }).getByRole('searchbox').fill('一体化');
    await shot(page, 'find-bar');
    await page.keyboard.press('Escape');

    await page.keyboard.press('Control+p');
    await page.getByRole('dialog', { name: '快速打开' }).getByRole('searchbox').fill('围绕三化');
    await expect(page.getByRole('dialog', { name: '快速打开' }).getByRole('option')).toHaveCount(3);
    await shot(page, 'quick-open');
    await page.keyboard.press('Escape');

    await page.getByRole('tab', { name: '对照' }).click();
    await page.getByRole('tab', { name: '版本比较' }).click();
    await page.getByRole('combobox', { name: '版本 B' }).selectOption({ label: '湘潭市推进长株潭都市圈建设综述（报纸专版）' });
    await expect(page.getByRole('alert')).toBeVisible();
    await shot(page, 'compare-warning');

    await page.getByRole('tablist', { name: '视图' }).getByRole('tab', { name: '阅读' }).click();
    await page.getByRole('button', { name: '文档信息' }).click();
    await expect(page.getByRole('complementary', { name: '文档信息' })).toContainText('来源');
    await shot(page, 'info-panel');

    await page.getByRole('button', { name: '阅读设置' }).click();
    await page.getByRole('radiogroup', { name: '字体' }).getByRole('radio', { name: '仿宋' }).click();
    await expect(page.getByRole('dialog', { name: '阅读设置' })).toBeVisible();
    await shot(page, 'settings');
    await page.keyboard.press('Escape');

    await page.keyboard.press('Control+d');
    await page.getByRole('button', { name: '书签', exact: true }).click();
    await expect(page.getByRole('list', { name: '书签' }).getByRole('listitem')).toHaveCount(1);
    await shot(page, 'bookmarks');

    await page.getByRole('button', { name: '批注', exact: true }).click();
    await page.getByRole('complementary', { name: '批注' }).getByRole('button', { name: '导出…' }).click();
    await page.getByRole('dialog', { name: '导出批注' }).getByLabel(/Word 文档/).check();
    await page.getByRole('dialog', { name: '导出批注' }).getByLabel('封面标题').fill('交通专题学习材料');
    await shot(page, 'export-dialog');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: '多选' }).click();
    await library.getByRole('checkbox').nth(1).click();
    await library.getByRole('checkbox').nth(2).click();
    await page.getByRole('button', { name: '批量编辑' }).click();
    await expect(page.getByRole('form', { name: '批量编辑文档信息' })).toBeVisible();
    await shot(page, 'library-batch');
  });
}
