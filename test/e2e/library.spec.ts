import { expect, test } from './fixtures';

test('opens the metro plan from the library and jumps to chapter four', async ({ page, server }) => {
  await page.goto(server.url);
  const library = page.getByRole('navigation', { name: '文库' });
  await expect(library.getByRole('button')).toHaveCount(5);
  await library.getByRole('button', { name: /^长株潭都市圈发展规划/ }).click();

  const outline = page.getByRole('navigation', { name: '目录' });
  await outline.getByRole('button', { name: /^第四章/ }).click();
  const chapter = page.getByRole('heading', { name: /^第四章一体化推动基础设施互联互通/ });
  await expect(chapter).toBeInViewport();
  await expect(page.getByText(/^发挥长株潭都市圈区位优势，坚持优化提升/)).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/library-reader.png' });
});

test('shows an error in Chinese when the library cannot answer', async ({ page, server }) => {
  await page.route('**/api/listDocuments', (route) =>
    route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code: 'internal', message: 'x', messageZh: '内部错误：测试' } }) }),
  );
  await page.goto(server.url);
  await expect(page.getByText('内部错误：测试')).toBeVisible();
});
