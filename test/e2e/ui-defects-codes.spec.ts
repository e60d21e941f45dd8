import { expect, test } from './fixtures';
import { openFromLibrary } from './reading-helpers';
import { SOURCE_KIND_LABELS_ZH } from '../../electron/shared/source-kinds';

const PDF_COPY = '长株潭一体化发展五年行动计划（2021—2025年）（报纸版面PDF提取）';
const CODES = /pdf-extraction|newspaper|web-partial|newspaper-feature|\bweb\b/;

test('#5 文档信息, the library filter and 编辑信息 name source and document kind in Chinese, never by code', async ({ page, server }) => {
  await page.goto(server.url);
  await openFromLibrary(page, PDF_COPY);
  await page.getByRole('button', { name: '文档信息' }).click();
  const info = page.getByRole('complementary', { name: '文档信息' });
  await expect(info.locator('dl')).toContainText('来源');
  await expect(info.locator('dt:text-is("来源") + dd')).toHaveText('PDF 提取');
  await expect(info.locator('dt:text-is("文种") + dd')).toHaveText('—');
  await expect(info.locator('dl')).not.toContainText(CODES);

  // 编辑信息: 文种 is empty (its hint shows), not prefilled with a code.
  await info.getByRole('button', { name: '编辑信息' }).click();
  const kind = info.getByRole('textbox', { name: '文种' });
  await expect(kind).toHaveValue('');
  await expect(kind).toHaveAttribute('placeholder', /规划/);
  await info.getByRole('button', { name: '取消' }).click();

  // The library's filters: 来源 offers the Chinese names of the seeds' five sources; 文种 no codes.
  await page.getByRole('button', { name: '筛选与排序' }).click();
  const sources = await page.getByRole('combobox', { name: '来源' }).locator('option').allTextContents();
  expect(sources.slice(1).sort()).toEqual(
    ['pdf-extraction', 'newspaper', 'web', 'web-partial', 'newspaper-feature'].map((c) => SOURCE_KIND_LABELS_ZH[c]!).sort(),
  );
  expect((await page.getByRole('combobox', { name: '文种' }).locator('option').allTextContents()).join(' ')).not.toMatch(CODES);
  await page.getByRole('combobox', { name: '来源' }).selectOption({ label: '报刊专题' });
  await expect(page.getByRole('navigation', { name: '文库' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('navigation', { name: '文库' })).toContainText('湘潭市推进长株潭都市圈建设综述');
});
