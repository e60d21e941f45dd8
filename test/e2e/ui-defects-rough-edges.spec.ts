import { callApi, expect, test } from './fixtures';
import { METRO } from './reading-helpers';

test('first page load logs no error and asks for no missing file (CSP in meta, favicon)', async ({ page, server }) => {
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(server.url);
  await expect(page.getByRole('navigation', { name: '文库' }).getByRole('button').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(problems).toEqual([]);
});
