import fs from 'node:fs';
import path from 'node:path';
import { callApi, expect, startServer, stopServer, test, type ReaderServer } from './fixtures';
import { tempDir } from '../helpers/paths';

const COUNT = 1200;
const ISSUERS = ['全国人民代表大会常务委员会', '国务院', '最高人民法院', '司法部'];

/** A library of many short laws: titles numbered so they sort differently by title, date and issuer. */
function writeLaws(dir: string): void {
  for (let i = 0; i < COUNT; i++) {
    const subject = i % 97 === 0 ? `刑法修正案（${i}）` : `第${i}号管理条例`;
    const body = [`中华人民共和国${subject}`, `第一条　为了规范第${i}项事务，制定本条例。`, `第二条　本条例自公布之日起施行。`].join('\n');
    fs.writeFileSync(path.join(dir, `law-${String(i).padStart(4, '0')}.txt`), body);
  }
}

let server: ReaderServer;
test.beforeAll(async () => {
  const dir = tempDir();
  writeLaws(dir);
  server = await startServer({ seed: false });
  const files = fs.readdirSync(dir).map((f) => path.join(dir, f));
  await callApi(server, 'importPaths', { paths: files });
  // Metadata as a real law library has it: issuers and dates on some, not all.
  const docs = await callApi<{ id: number }[]>(server, 'listDocuments', {});
  for (const [i, d] of docs.slice(0, 40).entries()) {
    await callApi(server, 'updateMetadata', { docId: d.id, issuer: ISSUERS[i % ISSUERS.length], issuedOn: `20${String(10 + (i % 13)).padStart(2, '0')}-0${1 + (i % 9)}-15` });
  }
});
test.afterAll(async () => stopServer(server));

const library = (page: import('@playwright/test').Page) => page.getByRole('navigation', { name: '文库' });

test('#7 a library of 1,200 laws: only the rows on screen are in the page; filtering goes back to the top', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(server.url);
  await expect(page.locator('.library-count')).toHaveText(`${COUNT} 份`);
  const items = library(page).locator('button.doc-item');
  await expect(items.first()).toBeVisible();
  expect(await items.count()).toBeLessThan(60);
  expect(await page.evaluate(() => document.querySelectorAll('*').length)).toBeLessThan(1500);

  // Scroll far down, then filter: the first matches show at the top.
  await library(page).evaluate((el) => (el.scrollTop = el.scrollHeight / 2));
  await expect.poll(() => library(page).evaluate((el) => el.scrollTop)).toBeGreaterThan(1000);
  await page.getByLabel('筛选文库').fill('刑法');
  await expect.poll(() => library(page).evaluate((el) => el.scrollTop)).toBe(0);
  await expect(library(page).getByRole('button').first()).toBeInViewport();
  await expect(library(page).getByRole('button').first()).toContainText('刑法修正案（0）');
  await expect(page.locator('.library-count')).toHaveText(`${Math.ceil(COUNT / 97)} / ${COUNT} 份`);
});

test('#7 sorts by title, date, issuer and recently read', async ({ page }) => {
  const docs = await callApi<{ id: number; title: string; issuer: string | null; issuedOn: string | null }[]>(server, 'listDocuments', {});
  const read = [docs[700]!, docs[3]!];
  for (const d of read) await callApi(server, 'saveReadingPosition', { docId: d.id, blockId: null });
  await page.goto(server.url);
  await page.getByRole('button', { name: '筛选与排序' }).click();
  const sort = page.getByLabel('排序', { exact: true });
  const firstTitles = () => library(page).locator('.doc-title').allTextContents().then((t) => t.slice(0, 3));

  await sort.selectOption({ label: '按标题' });
  const byTitle = [...docs].sort((a, b) => a.title.localeCompare(b.title, 'zh-CN'));
  await expect.poll(firstTitles).toEqual(byTitle.slice(0, 3).map((d) => d.title));

  await sort.selectOption({ label: '按发文日期' });
  const newest = [...docs].filter((d) => d.issuedOn).sort((a, b) => b.issuedOn!.localeCompare(a.issuedOn!))[0]!;
  await expect.poll(() => firstTitles().then((t) => t[0])).toBe(newest.title);

  await sort.selectOption({ label: '按发文机关' });
  const firstIssuer = [...new Set(docs.map((d) => d.issuer).filter((x): x is string => !!x))].sort((a, b) => a.localeCompare(b, 'zh-CN'))[0]!;
  await expect(library(page).locator('.doc-meta').first()).toContainText(firstIssuer);

  await sort.selectOption({ label: '按最近阅读' });
  // Last read first.
  await expect.poll(() => firstTitles().then((t) => t.slice(0, 2))).toEqual([read[1]!.title, read[0]!.title]);
});

test('#7 a law whose file name carries its date gets that date when the text has none', async ({ page }) => {
  await page.goto(server.url);
  const body = ['中华人民共和国示例法', '第一条　为了规范示例事务，制定本法。'].join('\n');
  await page.getByLabel('选择要导入的文件').setInputFiles({ name: '中华人民共和国示例法_20201226.txt', mimeType: 'text/plain', buffer: Buffer.from(body) });
  const item = page.getByRole('navigation', { name: '文库' }).getByRole('button', { name: /^中华人民共和国示例法/ });
  await page.getByLabel('筛选文库').fill('示例法');
  await expect(item.locator('.doc-meta')).toContainText('2020-12-26');
});

test('多选: the metadata of several documents is set at once; fields left empty stay as they were', async ({ page }) => {
  await page.goto(server.url);
  const library = page.getByRole('navigation', { name: '文库' });
  await page.getByLabel('筛选文库').fill('刑法修正案');
  await expect(library.getByRole('button').first()).toBeVisible();
  const before = await callApi<{ id: number; title: string; issuer: string | null; issuedOn: string | null; kind: string | null }[]>(server, 'listDocuments', {});
  await page.getByRole('button', { name: '多选' }).click();
  const boxes = library.getByRole('checkbox');
  await boxes.nth(0).click();
  await boxes.nth(1).click();
  await expect(boxes.nth(0)).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByRole('region', { name: '多选' })).toContainText('已选 2 份');
  const chosenTitles = [await boxes.nth(0).locator('.doc-title').textContent(), await boxes.nth(1).locator('.doc-title').textContent()];
  await page.getByRole('button', { name: '批量编辑' }).click();
  const form = page.getByRole('form', { name: '批量编辑文档信息' });
  await form.getByLabel('发文机关').fill('全国人民代表大会常务委员会');
  await form.getByLabel('文种').fill('法律');
  await form.getByRole('button', { name: '应用到 2 份' }).click();
  await expect(page.getByRole('status')).toContainText('已更新 2 份文件的信息');

  const after = await callApi<typeof before>(server, 'listDocuments', {});
  for (const d of after) {
    const was = before.find((b) => b.id === d.id)!;
    if (chosenTitles.includes(d.title)) {
      expect(d).toMatchObject({ issuer: '全国人民代表大会常务委员会', kind: '法律', issuedOn: was.issuedOn });
    } else {
      expect(d).toMatchObject({ issuer: was.issuer, kind: was.kind, issuedOn: was.issuedOn });
    }
  }
  // Choosing is over: a click opens a document again.
  await expect(library.getByRole('checkbox')).toHaveCount(0);
});

test('文集: chosen documents go into a named collection, and the library filters by it', async ({ page }) => {
  await page.goto(server.url);
  const library = page.getByRole('navigation', { name: '文库' });
  await page.getByLabel('筛选文库').fill('刑法修正案');
  await expect(library.getByRole('button').first()).toBeVisible();
  await page.getByRole('button', { name: '多选' }).click();
  await library.getByRole('checkbox').nth(0).click();
  await library.getByRole('checkbox').nth(2).click();
  const chosen = [await library.getByRole('checkbox').nth(0).locator('.doc-title').textContent(), await library.getByRole('checkbox').nth(2).locator('.doc-title').textContent()];
  await page.getByLabel('文集名称').fill('刑法专题');
  await page.getByRole('button', { name: '加入文集' }).click();
  await expect(page.getByRole('status')).toContainText('已把 2 份文件加入文集“刑法专题”');
  await page.getByRole('button', { name: '多选' }).click();

  await page.getByLabel('筛选文库').fill('');
  await page.getByRole('button', { name: '筛选与排序' }).click();
  await page.getByRole('combobox', { name: '文集' }).selectOption('刑法专题');
  await expect(library.getByRole('button')).toHaveCount(2);
  expect((await library.locator('.doc-title').allTextContents()).sort()).toEqual([...chosen].sort());
  await expect(library.locator('.doc-collections').first()).toHaveText('文集：刑法专题');
  expect(await callApi(server, 'listCollections', {})).toEqual([{ name: '刑法专题', count: 2 }]);
});
