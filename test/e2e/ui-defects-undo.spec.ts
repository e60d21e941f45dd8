import { expect, test } from './fixtures';
import { METRO } from './reading-helpers';

test('#10 Ctrl+Z / Ctrl+Shift+Z undo and redo every annotation change; a used toast closes', async ({ page, server }) => {
  await page.goto(server.url);
  await page.getByRole('navigation', { name: '文库' }).getByRole('button', { name: new RegExp(`^${METRO}`) }).click();
  await expect(page.locator('.doc-header h1')).toHaveText(METRO);
  const marks = page.locator('mark[data-annotation]');
  const toasts = page.getByRole('status');

  // A new highlight (keyboard selection, colour 1): Ctrl+Z takes it away, Ctrl+Shift+Z brings it back.
  for (let i = 0; i < 8; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.getByRole('toolbar', { name: '标注工具' }).getByRole('button', { name: /^标注为/ }).first().click();
  await expect(marks).toHaveCount(1);
  const firstColour = (await marks.first().getAttribute('class'))!.match(/anno-(\w+) anno-highlight/)![1];
  await page.keyboard.press('Control+z');
  await expect(marks).toHaveCount(0);
  await expect(toasts).toContainText('已撤销：添加标注');
  await page.keyboard.press('Control+Shift+Z');
  await expect(marks).toHaveCount(1);
  await expect(toasts).toContainText('已重做：添加标注');

  // A recolour and a note: one Ctrl+Z restores colour and note as they were.
  await marks.first().click();
  const editor = page.getByRole('form', { name: '编辑批注' });
  await editor.getByRole('button', { name: /^颜色：/ }).nth(2).click();
  await editor.getByRole('textbox', { name: '批注内容' }).fill('留意');
  await editor.getByRole('button', { name: '保存' }).click();
  await expect(marks.first()).not.toHaveClass(new RegExp(`anno-${firstColour} `));
  await expect(marks.first()).toHaveClass(/anno-noted/);
  await page.keyboard.press('Control+z');
  await expect(marks.first()).toHaveClass(new RegExp(`anno-${firstColour} `));
  await expect(marks.first()).not.toHaveClass(/anno-noted/);

  // A deletion, undone from its toast: the toast closes at once.
  await marks.first().click();
  await editor.getByRole('button', { name: '删除' }).click();
  await expect(marks).toHaveCount(0);
  const deleted = page.locator('.toast', { hasText: '已删除批注' });
  await deleted.getByRole('button', { name: '撤销' }).click();
  await expect(deleted).toHaveCount(0);
  await expect(marks).toHaveCount(1);
  // The deletion is undone already: Ctrl+Z now takes back the highlight itself.
  await page.keyboard.press('Control+z');
  await expect(marks).toHaveCount(0);
});
