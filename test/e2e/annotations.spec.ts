import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { dragSelect } from './select-text';
import { SEEDS, seedsDir, tempDir } from '../helpers/paths';

const RAIL = '打造轨道上的长株潭';
const NOTE = '轨道交通先行，培训时重点讲解';

async function openMetroAtTransport(page: Page) {
  await page.getByRole('navigation', { name: '文库' }).getByRole('button', { name: /^长株潭都市圈发展规划/ }).click();
  const outline = page.getByRole('navigation', { name: '目录' });
  await outline.getByRole('button', { name: '全部展开' }).click();
  await outline.getByRole('button', { name: /^第一节构建一体化综合交通网络/ }).first().click();
  await expect(page.locator('[data-text-root]', { hasText: RAIL }).first()).toBeVisible();
}

test('select text, highlight, add a note, edit with undo, list, and export to Word', async ({ page, server }) => {
  await page.goto(server.url);
  await openMetroAtTransport(page);

  // 1. Select a phrase; the toolbar offers the colours; add a note with tags.
  await dragSelect(page, RAIL, RAIL);
  const toolbar = page.getByRole('toolbar', { name: '标注工具' });
  await expect(toolbar).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/annotations-toolbar.png' });
  await toolbar.getByRole('button', { name: '批注…' }).click();
  const editor = page.getByRole('form', { name: '编辑批注' });
  await editor.getByRole('button', { name: '颜色：目标' }).click();
  await editor.getByLabel('批注内容').fill(NOTE);
  await editor.getByLabel('标签').fill('交通，培训');
  await page.screenshot({ path: 'test-results/screens/annotations-note-editor.png' });
  await editor.getByRole('button', { name: '保存' }).click();
  const railMark = page.locator('mark[data-annotation]', { hasText: RAIL });
  await expect(railMark).toHaveText(RAIL);
  await expect(railMark).toHaveClass(/anno-green/);
  await expect(railMark).toHaveAttribute('title', new RegExp(NOTE));

  // 2. A highlight across two paragraphs, in one click on a colour.
  await dragSelect(page, '完善提升道路运输网', '实施长沙机场改扩建工程');
  await page.getByRole('toolbar', { name: '标注工具' }).getByRole('button', { name: '标注为任务' }).click();
  await expect(page.locator('mark.anno-blue', { hasText: '完善提升道路运输网' })).toBeVisible();
  await expect(page.locator('mark.anno-blue', { hasText: '实施长沙机场改扩建工程' })).toBeVisible();
  await expect(page.locator('mark.anno-blue', { hasText: '推动机场空域资源扩容优化' })).toHaveCount(0);

  // 3. Click a highlight: recolour it, then undo.
  await railMark.click();
  const edit = page.getByRole('form', { name: '编辑批注' });
  await expect(edit.getByLabel('批注内容')).toHaveValue(NOTE);
  await edit.getByRole('button', { name: '颜色：存疑' }).click();
  await edit.getByRole('button', { name: '保存' }).click();
  await expect(railMark).toHaveClass(/anno-red/);
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(railMark).toHaveClass(/anno-green/);

  // 4. The panel lists both, filters by colour, and jumps to the place.
  await page.getByRole('button', { name: '批注', exact: true }).click();
  const panel = page.getByRole('region', { name: '批注列表' });
  await expect(panel.locator('.anno-item')).toHaveCount(2);
  await expect(panel.getByText(NOTE)).toBeVisible();
  await panel.getByRole('button', { name: '筛选目标' }).click();
  await expect(panel.locator('.anno-item')).toHaveCount(1);
  await page.getByRole('navigation', { name: '目录' }).getByRole('button', { name: /^第九章/ }).first().click();
  await expect(railMark).toHaveCount(0);
  await panel.getByRole('button', { name: /打造轨道上的长株潭/ }).click();
  await expect(railMark).toBeInViewport();
  await page.screenshot({ path: 'test-results/screens/annotations-reader.png' });

  // 5. Export only the ticked annotation, as Markdown (with the colour filter off again).
  await panel.getByRole('button', { name: '筛选目标' }).click();
  await expect(panel.locator('.anno-item')).toHaveCount(2);
  await panel.getByLabel(`选择：${RAIL}`).check();
  await expect(panel.getByText(/已选 1 条/)).toBeVisible();
  await panel.getByRole('button', { name: '导出…' }).click();
  const mdDialog = page.getByRole('dialog', { name: '导出批注' });
  await mdDialog.getByLabel(/Markdown/).check();
  await mdDialog.getByLabel('选中的 1 条批注').check();
  const mdDownloading = page.waitForEvent('download');
  await mdDialog.getByRole('button', { name: '导出' }).click();
  const md = fs.readFileSync(await (await mdDownloading).path(), 'utf8');
  expect(md).toContain(`> ${RAIL}`);
  expect(md).toContain(`**批注：**${NOTE}`);
  expect(md).not.toContain('完善提升道路运输网');
  await panel.getByRole('button', { name: '清除选择' }).click();

  // 6. Export to Word: the download is a real .docx with the excerpt, the note and the citation.
  await panel.getByRole('button', { name: '导出…' }).click();
  const dialog = page.getByRole('dialog', { name: '导出批注' });
  await dialog.getByLabel(/Word 文档/).check();
  await dialog.getByLabel(/本文档《长株潭都市圈发展规划》/).check();
  await page.screenshot({ path: 'test-results/screens/annotations-export-dialog.png' });
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '导出' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^批注摘编-长株潭都市圈发展规划-\d{4}-\d{2}-\d{2}\.docx$/);
  const saved = path.join(tempDir(), download.suggestedFilename());
  await download.saveAs(saved);
  const xml = await (await JSZip.loadAsync(fs.readFileSync(saved))).file('word/document.xml')!.async('string');
  expect(xml).toContain(RAIL);
  expect(xml).toContain(NOTE);
  expect(xml).toContain('湘政发〔2022〕6号');
  expect(xml).toContain('实施长沙机场改扩建工程');
  await expect(page.getByText(/已导出 2 条批注/)).toBeVisible();
});

test('deleting a highlight can be undone', async ({ page, server }) => {
  await page.goto(server.url);
  await openMetroAtTransport(page);
  await dragSelect(page, RAIL, RAIL);
  await page.getByRole('toolbar', { name: '标注工具' }).getByRole('button', { name: '标注为重点' }).click();
  const mark = page.locator('mark[data-annotation]', { hasText: RAIL });
  await expect(mark).toHaveClass(/anno-yellow/);
  await mark.click();
  await page.getByRole('form', { name: '编辑批注' }).getByRole('button', { name: '删除' }).click();
  await expect(mark).toHaveCount(0);
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(mark).toHaveClass(/anno-yellow/);
});

test('imports an instructor’s annotation pack and shows its highlights in the text', async ({ page, server }) => {
  // A pack as another copy of the app writes it: the document is known by its content hash.
  const seed = fs.readFileSync(path.join(seedsDir, SEEDS.metroPlan));
  const pack = {
    format: 'policy-reader-annotations',
    version: 1,
    exportedAt: '2026-01-05T08:00:00.000Z',
    documents: [{ key: 'd1', title: '长株潭都市圈发展规划', contentHash: crypto.createHash('sha256').update(seed).digest('hex') }],
    annotations: [
      {
        uuid: '6f1c2f0e-8a53-4a59-9d5e-2b0f7c1d9a01',
        document: 'd1',
        quote: RAIL,
        prefix: '',
        suffix: '。编制长株潭都市圈多层次轨道交通规划',
        start: null,
        end: null,
        color: 'purple',
        style: 'highlight',
        note: '讲师：本节是培训重点',
        tags: ['培训'],
        createdAt: '2026-01-05T08:00:00.000Z',
        updatedAt: '2026-01-05T08:00:00.000Z',
      },
    ],
  };
  const file = path.join(tempDir(), '讲师批注包.json');
  fs.writeFileSync(file, JSON.stringify(pack));

  await page.goto(server.url);
  await openMetroAtTransport(page);
  await page.getByRole('button', { name: '批注', exact: true }).click();
  const panel = page.getByRole('region', { name: '批注列表' });
  await panel.getByLabel('选择批注包文件').setInputFiles(file);
  await expect(page.getByText(/已导入批注包：新增 1 条/)).toBeVisible();
  await expect(panel.getByText('讲师：本节是培训重点')).toBeVisible();
  await expect(page.locator('mark.anno-purple', { hasText: RAIL })).toBeVisible();

  // Importing it again adds nothing.
  await panel.getByLabel('选择批注包文件').setInputFiles(file);
  await expect(page.getByText(/新增 0 条，更新 0 条，已有 1 条/)).toBeVisible();
  await expect(panel.locator('.anno-item')).toHaveCount(1);
});
