import fs from 'node:fs';
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { callApi, expect, test, type ReaderServer } from './fixtures';
import { METRO, openFromLibrary, outline } from './reading-helpers';

const PAPER = '长株潭一体化发展五年行动计划（2021—2025年）（报纸电子版）';
const RAIL = '打造轨道上的长株潭';
const SECTION_4_1 = '第一节构建一体化综合交通网络';

async function highlight(server: ReaderServer, title: string, phrase: string, extra: { note?: string } = {}) {
  const docs = await callApi<{ id: number; title: string }[]>(server, 'listDocuments', {});
  const docId = docs.find((d) => d.title === title)!.id;
  const blocks = await callApi<{ blockId: number; text: string }[]>(server, 'getBlocks', { docId });
  const block = blocks.find((b) => b.text.includes(phrase))!;
  const offset = block.text.indexOf(phrase);
  await callApi(server, 'createAnnotation', {
    docId,
    start: { blockId: block.blockId, offset },
    end: { blockId: block.blockId, offset: offset + phrase.length },
    color: 'yellow',
    ...extra,
  });
}

async function exportFromPanel(page: Page, format: RegExp, options: { scope: RegExp; sections?: boolean }): Promise<string> {
  const panel = page.getByRole('complementary', { name: '批注' });
  if (!(await panel.isVisible())) await page.getByRole('button', { name: '批注', exact: true }).click();
  await panel.getByRole('button', { name: '导出…' }).click();
  const dialog = page.getByRole('dialog', { name: '导出批注' });
  await dialog.getByLabel(format).check();
  await dialog.getByLabel(options.scope).check();
  if (options.sections) await dialog.getByLabel(/整节原文/).check();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '导出' }).click();
  return (await downloading).path();
}

test('#8 one citation style: the 引用 button and the exports cite alike; Word has page numbers, 文号 once, no empty footnotes', async ({ page, server, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await highlight(server, METRO, RAIL, { note: '重点讲解' });
  await highlight(server, METRO, '建设长沙航空枢纽');
  await page.goto(server.url);
  await openFromLibrary(page, METRO);
  await outline(page).getByRole('button', { name: '全部展开' }).click();
  await outline(page).getByRole('button', { name: SECTION_4_1, exact: true }).first().click();

  // 引用 on the paragraph of the rail highlight.
  const block = page.locator('.block-paragraph').filter({ hasText: new RegExp(`^${RAIL}`) });
  await block.hover();
  await block.getByRole('button', { name: '复制引用' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const cited = copied.split('\n——')[1]!;
  expect(cited).toMatch(/^《长株潭都市圈发展规划》（湘政发〔2022〕6号），湖南省人民政府，2022年3月22日，第四章/);
  expect(cited).not.toContain('›');

  // Markdown: the excerpt's 出处 is the very same citation; the legend names only the colour used.
  const md = fs.readFileSync(await exportFromPanel(page, /Markdown/, { scope: /本文档/ }), 'utf8');
  expect(md).toContain(`出处：${cited}`);
  expect(md).not.toContain('›');
  const legend = md.split('\n').filter((l) => l.startsWith('颜色含义'));
  expect(legend).toEqual(['颜色含义：重点']);

  // Word, whole sections: page numbers in the footer, 文号 once under the heading, a footnote only for the highlight with a note.
  const docx = await JSZip.loadAsync(fs.readFileSync(await exportFromPanel(page, /Word 文档/, { scope: /本文档/, sections: true })));
  const footers = Object.keys(docx.files).filter((f) => /^word\/footer\d*\.xml$/.test(f));
  expect(footers.length).toBeGreaterThan(0);
  expect(await docx.file(footers[0]!)!.async('string')).toMatch(/PAGE/);
  const xml = await docx.file('word/document.xml')!.async('string');
  const text = xml.replace(/<[^>]+>/g, '');
  const heading = '《长株潭都市圈发展规划》（湘政发〔2022〕6号）';
  expect(text).toContain(heading);
  // The line under the heading (up to the first chapter heading) names issuer and date, not the 文号 again.
  const afterHeading = text.slice(text.indexOf(heading) + heading.length);
  const line = afterHeading.slice(0, afterHeading.indexOf('第'));
  expect(line).toContain('湖南省人民政府');
  expect(line).not.toContain('湘政发');
  expect(xml.match(/w:footnoteReference/g) ?? []).toHaveLength(1);
});

test('#8 a copy label stands outside the 《》; an export without highlights has no 颜色含义 line', async ({ page, server }) => {
  await highlight(server, PAPER, '围绕“三化”提质');
  await page.goto(server.url);
  await openFromLibrary(page, PAPER);
  const md = fs.readFileSync(await exportFromPanel(page, /Markdown/, { scope: /本文档/ }), 'utf8');
  expect(md).toContain('## 《长株潭一体化发展五年行动计划（2021—2025年）》（报纸电子版）');
  expect(md).toContain('出处：《长株潭一体化发展五年行动计划（2021—2025年）》（报纸电子版），中共湖南省委办公厅、湖南省人民政府办公厅，2021年');

  await openFromLibrary(page, '湘潭市推进长株潭都市圈建设综述');
  const empty = fs.readFileSync(await exportFromPanel(page, /Markdown/, { scope: /本文档/ }), 'utf8');
  expect(empty).toContain('共 0 条摘录');
  expect(empty).not.toContain('颜色含义');
});

test('#8 a title page of the user\'s own and an optional table of contents in the Word export', async ({ page, server }) => {
  await highlight(server, METRO, RAIL, { note: '重点讲解' });
  await page.goto(server.url);
  await openFromLibrary(page, METRO);
  await page.getByRole('button', { name: '批注', exact: true }).click();
  const panel = page.getByRole('complementary', { name: '批注' });
  await panel.getByRole('button', { name: '导出…' }).click();
  const dialog = page.getByRole('dialog', { name: '导出批注' });
  await dialog.getByLabel(/Word 文档/).check();
  await dialog.getByLabel('封面标题').fill('交通专题学习材料');
  await dialog.getByLabel(/封面后加目录/).check();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '导出' }).click();
  const docx = await JSZip.loadAsync(fs.readFileSync(await (await downloading).path()));
  const xml = await docx.file('word/document.xml')!.async('string');
  const text = xml.replace(/<[^>]+>/g, '');
  expect(text.startsWith('交通专题学习材料')).toBe(true);
  expect(text).not.toContain('政策文件批注摘编');
  // The title page ends with a page break; the contents are a TOC field Word fills in.
  expect(xml).toMatch(/w:br w:type="page"/);
  expect(xml).toMatch(/<w:instrText[^>]*>TOC [^<]*\\o/);
  expect(await docx.file('word/settings.xml')!.async('string')).toMatch(/<w:updateFields(?: w:val="(?:true|1)")?\s*\/>/);
});
