import type { Page } from '@playwright/test';
import type { Block, DocumentSummary } from '../../electron/shared/types';
import type { ReadingStop } from '../../electron/shared/training-types';
import fs from 'node:fs';
import JSZip from 'jszip';
import { callApi, expect, startServer, stopServer, test, type ReaderServer } from './fixtures';
import { dragSelect } from './select-text';
import path from 'node:path';
import { tempDir } from '../helpers/paths';

const METRO = '长株潭都市圈发展规划';
const RAIL = '打造轨道上的长株潭';

/** A path of four stops over two documents, with presenter notes and a highlight on the first stop. */
async function trainingPath(server: ReaderServer): Promise<{ pathId: number; stops: ReadingStop[]; chapter: string }> {
  const docs = await callApi<DocumentSummary[]>(server, 'listDocuments');
  const metro = docs.find((d) => d.title === METRO)!.id;
  const web = docs.find((d) => d.title.includes('网页转载'))!.id;
  const blocks = await callApi<Block[]>(server, 'getBlocks', { docId: metro });
  const webBlocks = await callApi<Block[]>(server, 'getBlocks', { docId: web });
  const rail = blocks.find((b) => b.text.startsWith(RAIL))!;
  const chapter = blocks.find((b) => b.kind === 'heading' && b.text.startsWith('第三章'))!;
  const other = webBlocks.find((b) => b.kind === 'paragraph' && b.text.includes('长株潭'))!;
  await callApi(server, 'createAnnotation', { docId: metro, start: { blockId: rail.blockId, offset: 0 }, end: { blockId: rail.blockId, offset: RAIL.length }, note: '重点' });
  const { id } = await callApi<{ id: number }>(server, 'createReadingPath', { title: '长株潭一体化培训' });
  const add = (args: object) => callApi<ReadingStop>(server, 'addReadingStop', { pathId: id, ...args });
  const stops = [
    await add({ docId: metro, blockId: rail.blockId, title: '轨道交通', note: '先问学员：城际铁路如何公交化？' }),
    await add({ kind: 'chapter', docId: metro, blockId: chapter.blockId, note: '第三章概览' }),
    await add({ kind: 'comparison', docId: metro, blockId: rail.blockId, doc2Id: web, block2Id: other.blockId, title: '两份文件对照' }),
    await add({ docId: web, blockId: other.blockId, title: '行动计划' }),
  ];
  return { pathId: id, stops, chapter: chapter.text };
}

function present(server: ReaderServer, pathId: number, role: 'presenter' | 'audience'): string {
  return `${server.url}#/present?path=${pathId}&role=${role}`;
}

async function onStop(audience: Page, presenter: Page, n: number, title: string): Promise<void> {
  await expect(audience.getByLabel('站点进度')).toHaveText(`第 ${n} / 4 站`);
  await expect(presenter.getByLabel('站点进度')).toHaveText(`第 ${n} / 4 站`);
  await expect(audience.locator('.audience-title')).toHaveText(title);
  await expect(presenter.getByRole('navigation', { name: '路线站点' }).locator('[aria-current="step"]')).toContainText(title);
}

test('the presenter’s screen and the audience’s screen stay on the same stop', async ({ server, page, context }) => {
  const { pathId, chapter, stops } = await trainingPath(server);
  // Without --lan there is no room door: browser mode stays on this computer.
  expect(server.output()).not.toMatch(/room|join code/);
  expect(await callApi(server, 'getRoomInfo')).toBeNull();
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(present(server, pathId, 'presenter'));
  const presenter = page;
  await expect(presenter.getByRole('heading', { name: '长株潭一体化培训' })).toBeVisible();
  const [audience] = await Promise.all([context.waitForEvent('page'), presenter.getByRole('button', { name: '打开观众屏' }).click()]);
  await audience.setViewportSize({ width: 1366, height: 768 });
  await onStop(audience, presenter, 1, '轨道交通');

  // The presenter sees the notes, the next stop and the time; the audience sees only the text, large, highlighted.
  await expect(presenter.getByLabel('讲解备注')).toHaveText('先问学员：城际铁路如何公交化？');
  await expect(presenter.getByLabel('下一站')).toContainText('第三章');
  await expect(presenter.getByRole('timer')).toHaveText(/^\d\d:\d\d$/);
  await expect(audience.getByText('先问学员')).toHaveCount(0);
  await expect(audience.locator('mark.anno')).toHaveText(RAIL);
  const size = await audience.locator('.audience-stage .paragraph').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(24);
  await presenter.screenshot({ path: 'test-results/screens/training-presenter-1366.png' });
  await audience.screenshot({ path: 'test-results/screens/training-audience-1366.png' });

  // Keys on either screen (→, a clicker's PageDown/PageUp, Space) and clicks in the list move both.
  await expect(presenter.getByLabel('站点内容')).toHaveText('段落 · 1 段');
  await presenter.keyboard.press('ArrowRight');
  await onStop(audience, presenter, 2, chapter);
  // A chapter counts its paragraphs, not its headings.
  const paragraphs = stops[1]!.place.blocks.filter((b) => b.kind === 'paragraph').length;
  expect(paragraphs).toBeLessThan(stops[1]!.place.blocks.length);
  await expect(presenter.getByLabel('站点内容')).toHaveText(`章节 · ${paragraphs} 段`);
  await expect(audience.locator('.audience-stage .heading').first()).toHaveText(/^第三章/);
  await audience.keyboard.press('PageDown');
  await onStop(audience, presenter, 3, '两份文件对照');
  await expect(audience.locator('.stop-comparison .stop-text')).toHaveCount(2);
  await audience.screenshot({ path: 'test-results/screens/training-audience-comparison-1366.png' });
  await presenter.keyboard.press('Space');
  await onStop(audience, presenter, 4, '行动计划');
  await expect(presenter.getByLabel('下一站')).toContainText('已是最后一站');
  await presenter.keyboard.press('ArrowRight');
  await onStop(audience, presenter, 4, '行动计划');
  await presenter.keyboard.press('PageUp');
  await onStop(audience, presenter, 3, '两份文件对照');
  await presenter.getByRole('navigation', { name: '路线站点' }).getByRole('button', { name: /轨道交通/ }).click();
  await onStop(audience, presenter, 1, '轨道交通');

  // A screen opened later joins at the current stop.
  await audience.keyboard.press('ArrowLeft');
  await audience.keyboard.press('End');
  await onStop(audience, presenter, 4, '行动计划');
  const late = await context.newPage();
  await late.goto(present(server, pathId, 'audience'));
  await expect(late.getByLabel('站点进度')).toHaveText('第 4 / 4 站');

  for (const p of [presenter, audience]) await p.setViewportSize({ width: 1920, height: 1080 });
  await presenter.keyboard.press('Home');
  await onStop(audience, presenter, 1, '轨道交通');
  await presenter.screenshot({ path: 'test-results/screens/training-presenter-1920.png' });
  await audience.screenshot({ path: 'test-results/screens/training-audience-1920.png' });
});

test('the 培训 panel lists the path, reorders stops by keyboard and drag, and opens the presenter', async ({ server, page, context }) => {
  const { pathId, chapter } = await trainingPath(server);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(server.url);
  await page.getByRole('button', { name: '培训', exact: true }).click();
  const panel = page.getByRole('complementary', { name: '培训' });
  const stops = panel.getByRole('list', { name: /站点/ }).locator('.training-stop-title');
  await expect(stops).toHaveText(['轨道交通', chapter, '两份文件对照', '行动计划']);
  await panel.getByRole('list', { name: /站点/ }).locator('li').first().focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(stops).toHaveText([chapter, '轨道交通', '两份文件对照', '行动计划']);
  await panel.locator('li').nth(3).dragTo(panel.locator('li').nth(0));
  await expect(stops).toHaveText(['行动计划', chapter, '轨道交通', '两份文件对照']);
  const saved = await callApi<{ stops: ReadingStop[] }>(server, 'getReadingPath', { pathId });
  expect(saved.stops.map((s) => s.title || s.place.chapterPath.at(-1))).toEqual(['行动计划', chapter, '轨道交通', '两份文件对照']);
  await page.screenshot({ path: 'test-results/screens/training-panel-1366.png' });
  const [presenter] = await Promise.all([context.waitForEvent('page'), panel.getByRole('button', { name: '演讲者视图' }).click()]);
  await expect(presenter.getByLabel('站点进度')).toHaveText('第 1 / 4 站');
  // A click on a stop opens its passage in the reader.
  await stops.nth(2).click();
  await expect(page.locator('.reader [data-block-id]').filter({ hasText: RAIL }).first()).toBeVisible();
  // The paragraph being read (twice: two passages become one side-by-side stop), then its chapter, join the path.
  await panel.getByRole('button', { name: '添加当前段落' }).click();
  await expect(stops).toHaveCount(5);
  await panel.getByRole('button', { name: '添加当前段落' }).click();
  await expect(stops).toHaveCount(6);
  await panel.locator('li').nth(4).getByRole('button', { name: '备注' }).click();
  await panel.getByLabel('站点标题').fill('并排');
  await panel.getByRole('button', { name: '与下一站并排对照' }).click();
  await expect(stops).toHaveCount(5);
  await expect(stops.nth(4)).toHaveText('并排');
  await panel.getByRole('button', { name: '添加当前章节' }).click();
  await expect(stops).toHaveCount(6);
  const [paragraph, chapterStop] = (await callApi<{ stops: ReadingStop[] }>(server, 'getReadingPath', { pathId })).stops.slice(4);
  expect(paragraph!.kind).toBe('comparison');
  expect(paragraph!.place2!.blockId).toBe(paragraph!.blockId);
  expect(chapterStop!.kind).toBe('chapter');
  expect(chapterStop!.place.blocks[0]!.kind).toBe('heading');
  expect(chapterStop!.place.blocks.map((b) => b.blockId)).toContain(paragraph!.blockId);
});

test('serve --lan: a trainee joins with the code, follows the presenter, keeps notes and takes them home as .docx', async ({ browser, page }) => {
  // Tests bind the room door to loopback only.
  const server = await startServer({ args: ['--lan', '--lan-host', '127.0.0.1', '--lan-port', '0'] });
  try {
    await expect.poll(() => server.output()).toMatch(/join code \d{6}/);
    const [, roomUrl, code] = /room \(read-only, for trainees\): (http:\/\/127\.0\.0\.1:\d+\/)\s+join code (\d{6})/.exec(server.output())!;
    const { pathId } = await trainingPath(server);
    await page.goto(present(server, pathId, 'presenter'));
    await expect(page.getByLabel('站点进度')).toHaveText('第 1 / 4 站');
    // The presenter's screen shows where to join and the code, to read off the projector.
    await expect(page.getByLabel('学员加入方式')).toHaveText(`学员加入：${roomUrl}　加入码 ${code}`);

    // Another machine: its own browser profile, no token, only the room's address.
    const trainee = await (await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true })).newPage();
    await trainee.goto(roomUrl!);
    await expect(trainee).toHaveURL(/\/follow$/);
    await trainee.getByLabel('加入码').fill(code!);
    await trainee.getByRole('button', { name: '加入' }).click();
    await expect(trainee.getByLabel('站点进度')).toHaveText('第 1 / 4 站');
    await expect(trainee.locator('.audience-title')).toHaveText('轨道交通');
    await expect(trainee.locator('mark.anno')).toHaveText(RAIL);
    await expect(trainee.getByText('先问学员')).toHaveCount(0);

    await page.keyboard.press('ArrowRight');
    await expect(trainee.getByLabel('站点进度')).toHaveText('第 2 / 4 站');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await expect(trainee.getByLabel('站点进度')).toHaveText('第 4 / 4 站');

    // Read-only: the library's API is not there, whatever the trainee tries.
    const status = await trainee.evaluate(async () => (await fetch('/api/importPaths', { method: 'POST', body: '{"paths":["/"]}' })).status);
    expect(status).toBe(404);

    // The trainee's own highlight and note stay in their browser and come home in Word.
    const phrase = (await trainee.locator('.follow-stage [data-text-root]').first().innerText()).slice(0, 8);
    await dragSelect(trainee, phrase, phrase);
    trainee.once('dialog', (d) => void d.accept('我要回去细读这一段'));
    await trainee.getByRole('button', { name: '划线并记笔记' }).click();
    await expect(trainee.getByLabel('我的笔记').locator('li')).toContainText('我要回去细读这一段');
    await expect(trainee.locator('.follow-stage mark.mine-mark')).toHaveText(phrase);
    await trainee.screenshot({ path: 'test-results/screens/training-trainee-1366.png' });
    await trainee.reload();
    await expect(trainee.getByLabel('我的笔记').locator('li')).toContainText('我要回去细读这一段');
    const [download] = await Promise.all([trainee.waitForEvent('download'), trainee.getByRole('button', { name: '导出为 Word' }).click()]);
    const xml = await (await JSZip.loadAsync(fs.readFileSync((await download.path())!))).file('word/document.xml')!.async('string');
    expect(xml).toContain('我要回去细读这一段');
    expect(xml).toContain(`「${phrase}」`);
    expect(xml).not.toContain('先问学员');
  } finally {
    await stopServer(server);
  }
});

test('a trainee opens a course pack in an empty library: documents, the trainer’s highlights as a layer that can be hidden, the path', async ({ server, page }) => {
  await trainingPath(server);
  const { id } = (await callApi<{ id: number }[]>(server, 'listReadingPaths'))[0]!;
  const pack = await callApi<{ fileName: string; dataBase64: string }>(server, 'createCoursePack', { pathIds: [id] });
  const file = path.join(tempDir(), pack.fileName);
  fs.writeFileSync(file, Buffer.from(pack.dataBase64, 'base64'));

  const trainee = await startServer({ seed: false });
  try {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(trainee.url);
    await page.getByRole('button', { name: '培训', exact: true }).click();
    const panel = page.getByRole('complementary', { name: '培训' });
    await panel.getByLabel('选择课程包文件').setInputFiles(file);
    await expect(page.getByText(/已打开课程包：新增文档 2 篇，已有 0 篇；培训者批注新增 1 条/)).toBeVisible();
    await expect(panel.getByLabel('阅读路线')).toContainText('长株潭一体化培训（4 站） · 课程包');
    await expect(panel.locator('.training-stop-title')).toHaveCount(4);
    await expect(page.getByRole('navigation', { name: '文库' }).getByRole('button', { name: new RegExp(`^${METRO}`) })).toBeVisible();

    // The first stop opens in the reader, with the trainer's highlight; the layer can be hidden and shown again.
    await panel.locator('.training-stop-title').first().click();
    const mark = page.locator('.reader mark.anno').filter({ hasText: RAIL }).first();
    await expect(mark).toBeVisible();
    const background = () => mark.evaluate((el) => getComputedStyle(el).backgroundColor);
    const shown = await background();
    expect(shown).not.toBe('rgba(0, 0, 0, 0)');
    await panel.getByLabel('显示培训者批注').uncheck();
    await expect.poll(background).toBe('rgba(0, 0, 0, 0)');
    await page.screenshot({ path: 'test-results/screens/training-pack-opened-1366.png' });
    await panel.getByLabel('显示培训者批注').check();
    await expect.poll(background).toBe(shown);
  } finally {
    await stopServer(trainee);
  }
});
