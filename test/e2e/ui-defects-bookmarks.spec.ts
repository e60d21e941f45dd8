import { expect, test } from './fixtures';
import { METRO, openFromLibrary, outline } from './reading-helpers';

const SECTION_4_1 = '第一节构建一体化综合交通网络';

test('Ctrl+D bookmarks the place being read; the 书签 panel lists it and goes back there; × removes it', async ({ page, server }) => {
  await page.goto(server.url);
  await openFromLibrary(page, METRO);
  await outline(page).getByRole('button', { name: '全部展开' }).click();
  await outline(page).getByRole('button', { name: SECTION_4_1, exact: true }).first().click();
  await expect(page.getByRole('heading', { name: SECTION_4_1 })).toBeInViewport();
  await page.keyboard.press('Control+d');
  await expect(page.getByRole('status')).toContainText(`已加书签：${SECTION_4_1}`);

  // Elsewhere, then back through the panel.
  await page.keyboard.press('Home');
  await expect(page.getByRole('heading', { name: SECTION_4_1 })).not.toBeInViewport();
  await page.getByRole('button', { name: '书签', exact: true }).click();
  const list = page.getByRole('list', { name: '书签' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list).toContainText(METRO);
  await list.getByRole('button', { name: new RegExp(SECTION_4_1) }).first().click();
  await expect(page.getByRole('heading', { name: SECTION_4_1 })).toBeInViewport();

  // Bookmarks are kept in the library: a reload still lists it; × removes it.
  await page.reload();
  await page.getByRole('button', { name: '书签', exact: true }).click();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await list.getByRole('button', { name: /^删除书签/ }).click();
  await expect(list.getByRole('listitem')).toHaveCount(0);
});
