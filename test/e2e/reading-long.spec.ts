import fs from 'node:fs';
import path from 'node:path';
import { corporaDir } from '../helpers/paths';
import { expect, test, apiHeaders } from './fixtures';
import { currentOutlineEntry, outline } from './reading-helpers';

/** Every government work report in the corpora, one after another: well over 300,000 characters. */
function longText(): string {
  const dir = path.join(corporaDir, 'gov-work-reports');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const text = files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n\n');
  expect(text.length).toBeGreaterThan(300_000);
  return text;
}

test('a 300,000-character text keeps only the visible paragraphs in the page and jumps anywhere', async ({ server, page }) => {
  const response = await fetch(`${server.base}api/importUploads`, {
    method: 'POST',
    headers: apiHeaders(server),
    body: JSON.stringify({ files: [{ name: '历年政府工作报告合编.txt', dataBase64: Buffer.from(longText()).toString('base64') }] }),
  });
  const [imported] = (await response.json()).result;
  expect(imported.ok).toBe(true);
  const docId: number = imported.docId;
  const blocks: { blockId: number; kind: string; text: string }[] = (
    await (await fetch(`${server.base}api/getBlocks`, { method: 'POST', body: JSON.stringify({ docId }), headers: apiHeaders(server) })).json()
  ).result;
  expect(blocks.length).toBeGreaterThan(1000);

  await page.goto(`${server.url}#/doc/${docId}`);
  await expect(page.locator('.text-scroll .paragraph').first()).toBeVisible();
  // The text opens with its title as a heading: the header says it, once.
  await expect(page.locator('.doc-header h1')).toHaveText(blocks.find((b) => b.kind === 'heading')!.text);
  const rendered = () => page.locator('.text-scroll [data-block-id]').count();
  expect(await rendered()).toBeLessThan(60);

  // Scroll with the wheel a long way: still only a screenful in the DOM, and the outline follows.
  await page.locator('.text-scroll').hover();
  for (let i = 0; i < 20; i++) await page.mouse.wheel(0, 2000);
  await expect.poll(() => page.locator('.text-scroll').evaluate((el) => el.scrollTop)).toBeGreaterThan(30_000);
  expect(await rendered()).toBeLessThan(60);
  const followed = await currentOutlineEntry(page).textContent();
  expect(followed).toBeTruthy();

  // Jump to the last heading of the document, far beyond anything rendered so far.
  const lastHeading = blocks.filter((b) => b.kind === 'heading').at(-1)!;
  const lastHeadingView = page.getByRole('heading', { name: lastHeading.text, exact: true });
  await page.goto(`${server.url}#/doc/${docId}/block/${lastHeading.blockId}`);
  await expect(lastHeadingView).toBeInViewport();
  await expect(currentOutlineEntry(page)).toHaveText(lastHeading.text);
  // Clicking the first outline entry goes all the way back: it repeats the title, which the header shows.
  const first = blocks.find((b) => b.kind === 'heading')!;
  await expect(outline(page).getByRole('button', { name: first.text, exact: true })).toBeVisible();
  await outline(page).getByRole('button', { name: first.text, exact: true }).click();
  await expect(page.locator('.doc-header h1')).toBeInViewport();
  expect(await page.locator('.text-scroll').evaluate((el) => el.scrollTop)).toBeLessThan(10);
  // The next heading is a block of its own, shown where the outline sends the reader.
  const second = blocks.filter((b) => b.kind === 'heading')[1]!;
  await outline(page).getByRole('button', { name: second.text, exact: true }).first().click();
  await expect(page.locator(`[data-block-id="${second.blockId}"]`)).toBeInViewport();
  expect(await rendered()).toBeLessThan(60);
});
