import type { Page } from '@playwright/test';
import { callApi, expect, test, type ReaderServer } from './fixtures';
import { docTabs } from './reading-helpers';

const PLAN = '长株潭一体化发展五年行动计划（2021—2025年）';
const WEB = `${PLAN}（网页转载，不完整）`;
const PAPER = `${PLAN}（报纸电子版）`;
const METRO = '长株潭都市圈发展规划';
const XIANGTAN = '湘潭市推进长株潭都市圈建设综述（报纸专版）';

interface Doc {
  id: number;
  title: string;
  completeness: number | null;
}

const library = (page: Page) => page.getByRole('navigation', { name: '文库' });

async function docsByTitle(server: ReaderServer): Promise<Map<string, Doc>> {
  const docs = await callApi<Doc[]>(server, 'listDocuments', {});
  return new Map(docs.map((d) => [d.title, d]));
}

test('#2 the library groups the copies of one work, with how complete each is', async ({ page, server }) => {
  const docs = await docsByTitle(server);
  await page.goto(server.url);
  const head = library(page).locator('.work-head');
  await expect(head).toHaveCount(1);
  await expect(head).toContainText(PLAN);
  await expect(head).toContainText('3 个版本');
  // The three copies follow their head, most complete first, each with its share of the work.
  const rows = library(page).locator('.doc-row');
  const texts = await rows.allInnerTexts();
  const at = texts.findIndex((t) => t.includes('3 个版本'));
  const copies = texts.slice(at + 1, at + 4);
  const expected = [...docs.values()].filter((d) => d.title.startsWith(PLAN)).sort((a, b) => b.completeness! - a.completeness!);
  expect(copies).toHaveLength(3);
  for (const [i, d] of expected.entries()) {
    expect(copies[i]).toContain(d.title.slice(PLAN.length + 1, -1));
    expect(copies[i]).toContain(`约 ${Math.round(d.completeness! * 100)}%`);
  }
  // Documents that are the only copy of their work stand alone.
  await expect(library(page).getByRole('button', { name: XIANGTAN })).toBeVisible();
});

test('#2 a copy that breaks off says so at its end and offers the fuller copies', async ({ page, server }) => {
  const docs = await docsByTitle(server);
  const pct = (title: string) => `约 ${Math.round(docs.get(title)!.completeness! * 100)}%`;
  await page.goto(server.url);
  await library(page).getByRole('button', { name: WEB }).click();
  await expect(page.locator('.doc-header h1')).toHaveText(WEB);
  await page.keyboard.press('End');
  const marker = page.getByRole('complementary', { name: '此副本到此为止' });
  await expect(marker).toBeInViewport();
  await expect(marker).toContainText(pct(WEB));
  await marker.getByRole('button', { name: `《${PLAN}》（报纸电子版），${pct(PAPER)}` }).click();
  await expect(page.locator('.doc-header h1')).toHaveText(PAPER);

  // A complete document has no such marker.
  await library(page).getByRole('button', { name: XIANGTAN }).click();
  await expect(page.locator('.doc-header h1')).toHaveText(XIANGTAN);
  await page.keyboard.press('End');
  await expect(page.getByRole('complementary', { name: '此副本到此为止' })).toHaveCount(0);
});

test('#2 版本比较 starts with another copy of the work and warns when two documents are not versions of each other', async ({ page, server }) => {
  await page.goto(server.url);
  // The feature is open too, as when the user hit the defect; the plan copy is the active tab.
  await library(page).getByRole('button', { name: XIANGTAN }).click();
  await library(page).getByRole('button', { name: WEB }).click();
  await expect(docTabs(page)).toHaveCount(2);
  await page.evaluate(() => localStorage.removeItem('policy-reader.compare'));
  await page.getByRole('tab', { name: '对照' }).click();
  await page.getByRole('tab', { name: '版本比较' }).click();
  const a = page.getByRole('combobox', { name: '版本 A' });
  const b = page.getByRole('combobox', { name: '版本 B' });
  await expect(a.locator('option:checked')).toHaveText(WEB);
  await expect(b.locator('option:checked')).toHaveText(new RegExp(`^${PLAN}`));
  await expect(page.getByRole('alert')).toHaveCount(0);

  await b.selectOption({ label: XIANGTAN });
  const warning = page.getByRole('alert');
  await expect(warning).toContainText('不是同一文件的不同版本');
  await warning.getByRole('button', { name: '改为与它的另一版本比较' }).click();
  await expect(b.locator('option:checked')).toHaveText(new RegExp(`^${PLAN}`));
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('#2 迁移批注 proposes another copy of the same work as the source', async ({ page, server }) => {
  const docs = await docsByTitle(server);
  const blocksOf = (id: number) => callApi<{ blockId: number; text: string }[]>(server, 'getBlocks', { docId: id });
  // Notes in the metro plan (first in library order, so a plain list would offer it first) and in the paper copy.
  for (const title of [METRO, PAPER]) {
    const block = (await blocksOf(docs.get(title)!.id)).find((b) => b.text.length > 20)!;
    await callApi(server, 'createAnnotation', { docId: docs.get(title)!.id, start: { blockId: block.blockId, offset: 0 }, end: { blockId: block.blockId, offset: 10 }, note: '要点' });
  }
  await page.goto(server.url);
  await library(page).getByRole('button', { name: WEB }).click();
  await page.getByRole('button', { name: '批注', exact: true }).click();
  await page.getByRole('button', { name: '迁移批注' }).click();
  const source = page.getByRole('combobox', { name: '迁移来源文件' });
  await expect(source.locator('option:checked')).toHaveText(`${PAPER}（1 条）`);
  await expect(source.locator('optgroup[label="同一文件的其他版本"] option')).toHaveText([`${PAPER}（1 条）`]);
  await source.selectOption({ label: `${METRO}（1 条）` });
  await expect(page.getByText('所选文件不是本文件的另一版本')).toBeVisible();
});

test('#2 文档信息 lists the other copies of the work with how complete each is', async ({ page, server }) => {
  await page.goto(server.url);
  await library(page).getByRole('button', { name: WEB }).click();
  await page.getByRole('button', { name: '文档信息' }).click();
  const info = page.getByRole('complementary', { name: '文档信息' });
  const docs = await docsByTitle(server);
  await expect(info).toContainText(`此副本约占全文的 ${Math.round(docs.get(WEB)!.completeness! * 100)}%`);
  const copies = info.getByRole('list', { name: '同一文件的其他版本' }).getByRole('listitem');
  await expect(copies).toHaveCount(2);
  await expect(copies.first()).toContainText('报纸电子版');
  await expect(copies.first()).toContainText(`约 ${Math.round(docs.get(PAPER)!.completeness! * 100)}%`);
  await copies.first().getByRole('button').click();
  await expect(page.locator('.doc-header h1')).toHaveText(PAPER);
});
