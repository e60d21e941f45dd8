import Database from 'better-sqlite3';
import { expect, test, callApi } from './fixtures';
import { openFromLibrary } from './reading-helpers';
import { CAPTION_ONE, CAPTION_TWO, docxWithFigures, FIGURES_TITLE } from '../helpers/figures';
import type { ImportResult } from '../../electron/shared/types';
import type { DocumentImage } from '../../electron/shared/image-types';

test('a Word file’s pictures show right above their captions 图1 / 图 2, at their own size, and open full size until Escape', async ({ page, server }) => {
  const bytes = await docxWithFigures();
  const [imported] = await callApi<ImportResult[]>(server, 'importUploads', { files: [{ name: 'figures.docx', dataBase64: bytes.toString('base64') }] });
  expect(imported?.ok).toBe(true);
  const docId = imported!.docId!;
  const listed = await callApi<DocumentImage[]>(server, 'documentImages', { docId });
  expect(listed.map((i) => i.caption)).toEqual([CAPTION_ONE, CAPTION_TWO]);

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(server.url);
  await openFromLibrary(page, FIGURES_TITLE);
  const figure = page.getByRole('img', { name: CAPTION_ONE });
  await expect(figure).toBeVisible();
  // Its bytes arrived and decoded: a picture, not a broken-image box.
  await expect.poll(() => figure.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(240);
  expect(await figure.evaluate((img: HTMLImageElement) => img.naturalHeight)).toBe(160);

  // Right above its caption: in the caption's block, its bottom just over the caption's text.
  const caption = page.locator('[data-text-root]', { hasText: CAPTION_ONE });
  const imgBox = (await figure.boundingBox())!;
  const captionBox = (await caption.boundingBox())!;
  expect(imgBox.y + imgBox.height).toBeLessThanOrEqual(captionBox.y + 1);
  expect(captionBox.y - (imgBox.y + imgBox.height)).toBeLessThan(40);
  const sameBlock = await figure.evaluate((img, text) => img.closest('.block')?.querySelector('[data-text-root]')?.textContent === text, CAPTION_ONE);
  expect(sameBlock).toBe(true);
  // Centred in the reading column, never wider than the column.
  const column = (await page.locator('.text-row', { has: figure }).boundingBox())!;
  expect(imgBox.width).toBeLessThanOrEqual(column.width);
  await page.screenshot({ path: 'test-results/screens/figures-1366.png' });

  await figure.click();
  const viewer = page.getByRole('dialog', { name: `原图：${CAPTION_ONE}` });
  await expect(viewer).toBeVisible();
  await expect(viewer.getByRole('img', { name: CAPTION_ONE })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/figures-viewer-1366.png' });
  await page.keyboard.press('Escape');
  await expect(viewer).toHaveCount(0);

  await page.setViewportSize({ width: 1920, height: 1080 });
  const second = page.getByRole('img', { name: CAPTION_TWO });
  await second.scrollIntoViewIfNeeded();
  await expect.poll(() => second.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(320);
  await page.screenshot({ path: 'test-results/screens/figures-1920.png' });
});

test('printing a chapter waits for its pictures; presentation shows them at their captions', async ({ page, server }) => {
  const bytes = await docxWithFigures();
  await callApi<ImportResult[]>(server, 'importUploads', { files: [{ name: 'figures.docx', dataBase64: bytes.toString('base64') }] });
  await page.addInitScript(() => {
    const w = window as unknown as { printedWith: number[] };
    w.printedWith = [];
    // What the sheet holds when the print dialog would open: each figure's decoded width.
    window.print = () => void w.printedWith.push(...[...document.querySelectorAll<HTMLImageElement>('.print-chapter .doc-figure img')].map((i) => i.naturalWidth));
  });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(server.url);
  await openFromLibrary(page, FIGURES_TITLE);
  await page.getByRole('navigation', { name: '目录' }).getByRole('button', { name: /^第二章/ }).click();
  await page.getByRole('button', { name: '打印本章' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printedWith: number[] }).printedWith)).toEqual([320]);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));

  await page.getByRole('button', { name: '演示' }).click();
  const show = page.getByRole('dialog', { name: '演示模式' });
  await expect(show).toBeVisible();
  // The caption is a heading of its own: the next section on stage, its picture above it.
  await page.keyboard.press('PageDown');
  await expect(show.locator('[aria-current="step"]')).toHaveText(CAPTION_TWO);
  const figure = show.getByRole('img', { name: CAPTION_TWO });
  await expect(figure).toBeVisible();
  await expect.poll(() => figure.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(320);
  await page.screenshot({ path: 'test-results/screens/figures-presentation-1366.png' });
});

test('pictures read later from a kept original appear in the window already showing the document', async ({ page, server }) => {
  const bytes = await docxWithFigures();
  const [imported] = await callApi<ImportResult[]>(server, 'importUploads', { files: [{ name: 'figures.docx', dataBase64: bytes.toString('base64') }] });
  const docId = imported!.docId!;
  // As a library stored before pictures were kept has it: the text, the original, no pictures yet.
  const db = new Database(server.dbPath);
  try {
    db.prepare('DELETE FROM doc_images WHERE doc_id = ?').run(docId);
    await page.goto(server.url);
    await openFromLibrary(page, FIGURES_TITLE);
    await expect(page.locator('[data-text-root]', { hasText: CAPTION_ONE })).toBeVisible();
    await expect(page.getByRole('img', { name: CAPTION_ONE })).toHaveCount(0);
    // The writer reads the original again while idle and says the document changed: the window shows them.
    db.prepare('INSERT INTO doc_images_pending (doc_id) VALUES (?)').run(docId);
  } finally {
    db.close();
  }
  const figure = page.getByRole('img', { name: CAPTION_ONE });
  await expect(figure).toBeVisible({ timeout: 20_000 });
  await expect.poll(() => figure.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(240);
});
