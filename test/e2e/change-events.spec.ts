import type { Page } from '@playwright/test';
import { callApi, expect, test } from './fixtures';
import { METRO, openFromLibrary } from './reading-helpers';

// The page refreshes from the core's change events (Server-Sent Events at /api/events in browser mode):
// a change made through another door shows without reloading or clicking anything.
const library = (page: Page) => page.getByRole('navigation', { name: '文库' });


test('another door renames, deletes and restores a document: the open page follows', async ({ server, page }) => {
  await page.goto(server.url);
  await openFromLibrary(page, METRO);
  const docs = (await callApi(server, 'listDocuments', {})) as { id: number; title: string }[];
  const metro = docs.find((d) => d.title.startsWith(METRO))!;

  await callApi(server, 'updateMetadata', { docId: metro.id, title: '长株潭都市圈发展规划（外部修改）' });
  await expect(library(page).getByRole('button', { name: /^长株潭都市圈发展规划（外部修改）/ })).toBeVisible();
  // The open document's heading follows too: its cached copy was dropped by the event.
  await expect(page.getByRole('heading', { level: 1, name: '长株潭都市圈发展规划（外部修改）' })).toBeVisible();

  await callApi(server, 'deleteDocument', { docId: metro.id });
  await expect(library(page).getByRole('button', { name: /^长株潭都市圈发展规划（外部修改）/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '最近删除（1）' })).toBeVisible();

  await callApi(server, 'restoreDocument', { docId: metro.id });
  await expect(library(page).getByRole('button', { name: /^长株潭都市圈发展规划（外部修改）/ })).toBeVisible();
});

test('an annotation made through another door appears in the open text', async ({ server, page }) => {
  await page.goto(server.url);
  await openFromLibrary(page, METRO);
  const docs = (await callApi(server, 'listDocuments', {})) as { id: number; title: string }[];
  const metro = docs.find((d) => d.title.startsWith(METRO))!;
  const blocks = (await callApi(server, 'getBlocks', { docId: metro.id })) as { blockId: number; kind: string; text: string }[];
  const block = blocks.find((b) => b.kind === 'paragraph' && b.text.length > 30)!;
  await expect(page.locator('[data-annotation]')).toHaveCount(0);
  await callApi(server, 'createAnnotation', {
    docId: metro.id,
    start: { blockId: block.blockId, offset: 0 },
    end: { blockId: block.blockId, offset: 12 },
    note: '外部批注',
  });
  // Nothing clicked: the store reloads on the change event and the highlight is drawn.
  await expect(page.locator('[data-annotation]')).toHaveCount(1);
  await page.getByRole('button', { name: '批注', exact: true }).click();
  await expect(page.getByRole('complementary', { name: '批注' }).getByText('外部批注')).toBeVisible();
});
