import { expect, test, apiHeaders } from './fixtures';
import { currentOutlineEntry, docTabs, METRO, offsetFromTextTop, openFromLibrary, outline } from './reading-helpers';

const CHAPTER_4 = '第四章一体化推动基础设施互联互通';
const SECTION_4_1 = '第一节构建一体化综合交通网络';

test('the outline navigates, folds, and follows the reading position (scroll-spy)', async ({ server, page }) => {
  await page.goto(server.url);
  await openFromLibrary(page, METRO);
  const breadcrumb = page.getByRole('navigation', { name: '当前位置' });

  await outline(page).getByRole('button', { name: CHAPTER_4, exact: true }).click();
  await expect(page.getByRole('heading', { name: CHAPTER_4 })).toBeInViewport();
  await expect(currentOutlineEntry(page)).toHaveText(CHAPTER_4);
  await expect(breadcrumb).toContainText(CHAPTER_4);
  // The chapter being read opens in the outline to show its sections.
  await expect(outline(page).getByRole('button', { name: SECTION_4_1, exact: true })).toBeVisible();

  // Scroll the text (not the outline) until 第一节 reaches the top: outline and breadcrumb follow.
  const distance = await offsetFromTextTop(page, SECTION_4_1);
  await page.locator('.text-scroll').evaluate((el, by) => el.scrollBy(0, by), distance + 4);
  await expect(currentOutlineEntry(page)).toHaveText(SECTION_4_1);
  await expect(breadcrumb.getByRole('listitem')).toHaveText([`《${METRO}》`, CHAPTER_4, SECTION_4_1]);

  // A little back up, the last paragraph of the chapter introduction is on top again.
  await page.locator('.text-scroll').evaluate((el) => el.scrollBy(0, -80));
  await expect(currentOutlineEntry(page)).toHaveText(CHAPTER_4);

  // Folding: the chapter's toggle hides and shows its sections.
  await outline(page).getByRole('button', { name: `折叠：${CHAPTER_4}` }).click();
  await expect(outline(page).getByRole('button', { name: SECTION_4_1, exact: true })).toBeHidden();
  await outline(page).getByRole('button', { name: `展开：${CHAPTER_4}` }).click();
  await expect(outline(page).getByRole('button', { name: SECTION_4_1, exact: true })).toBeVisible();
});

test('keyboard: ] and [ step through sections, } through chapters, O goes to the outline', async ({ server, page }) => {
  await page.goto(server.url);
  await openFromLibrary(page, METRO);
  await outline(page).getByRole('button', { name: CHAPTER_4, exact: true }).click();
  await expect(currentOutlineEntry(page)).toHaveText(CHAPTER_4);

  await page.keyboard.press(']');
  await expect(currentOutlineEntry(page)).toHaveText(SECTION_4_1);
  await expect(page.getByRole('heading', { name: SECTION_4_1 })).toBeInViewport();
  await page.keyboard.press('[');
  await expect(currentOutlineEntry(page)).toHaveText(CHAPTER_4);
  await page.keyboard.press('}');
  await expect(currentOutlineEntry(page)).toHaveText(/^第五章/);
  await page.keyboard.press('{');
  await expect(currentOutlineEntry(page)).toHaveText(CHAPTER_4);

  await page.keyboard.press('o');
  await expect(currentOutlineEntry(page)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(outline(page).getByRole('button', { name: SECTION_4_1, exact: true })).toBeFocused();
});

test('reopens each document where it was left, and lists it under recent reading', async ({ server, page }) => {
  await page.goto(server.url);
  await openFromLibrary(page, METRO);
  const chapter6 = outline(page).getByRole('button', { name: /^第六章/ });
  const chapter6Title = (await chapter6.textContent())!;
  await chapter6.click();
  await expect(page.getByRole('heading', { name: chapter6Title })).toBeInViewport();
  // The position is saved shortly after scrolling stops; the address then names the block.
  await expect(page).toHaveURL(/#\/doc\/\d+\/block\/\d+$/);

  await page.reload();
  await expect(docTabs(page, { name: METRO })).toHaveAttribute('aria-selected', 'true');
  await expect(currentOutlineEntry(page)).toHaveText(chapter6Title);
  expect(Math.abs(await offsetFromTextTop(page, chapter6Title))).toBeLessThan(8);

  // Without the address: close the tab, the start page offers to continue where the reader was.
  await page.getByRole('button', { name: `关闭《${METRO}》` }).click();
  const recent = page.getByRole('region', { name: '最近阅读' });
  await expect(recent.getByRole('button', { name: new RegExp(`${METRO}.*读到：${chapter6Title}`) })).toBeVisible();
  await page.goto(server.url);
  await recent.getByRole('button', { name: new RegExp(METRO) }).click();
  await expect(currentOutlineEntry(page)).toHaveText(chapter6Title);
});

test('several documents stay open as tabs, each at its own place', async ({ server, page }) => {
  await page.goto(server.url);
  await openFromLibrary(page, METRO);
  await outline(page).getByRole('button', { name: CHAPTER_4, exact: true }).click();
  await expect(page).toHaveURL(/block/);
  await openFromLibrary(page, '湘潭市推进长株潭都市圈建设综述');
  await expect(docTabs(page)).toHaveCount(2);
  await docTabs(page, { name: METRO }).click();
  await expect(currentOutlineEntry(page)).toHaveText(CHAPTER_4);

  // Switching away right after moving (before the delayed save) still keeps the new place.
  await page.keyboard.press('}');
  await expect(currentOutlineEntry(page)).toHaveText(/^第五章/);
  await docTabs(page, { name: '湘潭市推进长株潭都市圈建设综述（报纸专版）' }).click();
  await docTabs(page, { name: METRO }).click();
  await expect(currentOutlineEntry(page)).toHaveText(/^第五章/);
});

test('presentation mode shows one section in large type, steps by paragraph and section, and returns', async ({ server, page }) => {
  // A highlight made before presenting must show on the projector too.
  const post = async (method: string, args: object) =>
    (await (await fetch(`${server.base}api/${method}`, { method: 'POST', headers: apiHeaders(server), body: JSON.stringify(args) })).json()).result;
  const metroId = (await post('listDocuments', {})).find((d: { title: string }) => d.title === METRO).id;
  const intro = (await post('getBlocks', { docId: metroId })).find((b: { text: string }) => b.text.startsWith('发挥长株潭都市圈区位优势'));
  await post('createAnnotation', { docId: metroId, start: { blockId: intro.blockId, offset: 0 }, end: { blockId: intro.blockId, offset: 10 } });

  await page.goto(server.url);
  await openFromLibrary(page, METRO);
  await outline(page).getByRole('button', { name: CHAPTER_4, exact: true }).click();
  await expect(currentOutlineEntry(page)).toHaveText(CHAPTER_4);

  await page.getByRole('button', { name: '演示' }).click();
  const show = page.getByRole('dialog', { name: '演示模式' });
  const progress = show.getByLabel('演示进度');
  const current = show.locator('[aria-current="step"]');
  await expect(show).toBeVisible();
  await expect(current).toHaveText(CHAPTER_4);
  // Only this section is on stage: 第四章's introduction, not its first 节.
  await expect(show.getByRole('heading', { name: SECTION_4_1 })).toHaveCount(0);
  await expect(progress).toHaveText(/第 \d+ \/ \d+ 节 · 标题 · 共 1 段/);
  const fontSize = await current.locator('.heading').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(fontSize).toBeGreaterThanOrEqual(30);

  await page.keyboard.press('ArrowRight');
  await expect(current).toHaveText(/^发挥长株潭都市圈区位优势/);
  await expect(current.locator('mark')).toHaveText('发挥长株潭都市圈区位');
  await expect(progress).toHaveText(/第 1 \/ 1 段/);
  await page.keyboard.press('ArrowRight');
  await expect(current).toHaveText(SECTION_4_1);
  await page.keyboard.press('ArrowRight');
  await expect(current).toHaveText(/^打造轨道上的长株潭/);
  await page.keyboard.press('PageDown');
  await expect(current).toHaveText(/^第二节/);
  await page.keyboard.press('PageUp');
  await expect(current).toHaveText(SECTION_4_1);
  await page.keyboard.press('ArrowLeft');
  await expect(current).toHaveText(/^发挥长株潭都市圈区位优势/);
  // The reader underneath did not move, and keys did not leak to it.
  await page.keyboard.press('Escape');
  await expect(show).toBeHidden();
  await expect(currentOutlineEntry(page)).toHaveText(CHAPTER_4);
  await expect(page.getByRole('heading', { name: CHAPTER_4 })).toBeInViewport();
});

test('copies a paragraph with its citation, and a link that reopens the app at that paragraph', async ({ server, context, page }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.base).origin });
  await page.goto(server.url);
  await openFromLibrary(page, METRO);
  await outline(page).getByRole('button', { name: CHAPTER_4, exact: true }).click();
  await outline(page).getByRole('button', { name: SECTION_4_1, exact: true }).click();
  const block = page.locator('.block-paragraph').filter({ hasText: /^打造轨道上的长株潭/ });
  const text = (await block.locator('p').textContent())!;
  await block.hover();
  await block.getByRole('button', { name: '复制引用' }).click();
  await expect(page.getByRole('status')).toContainText('已复制段落及出处');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${text}\n——《${METRO}》（湘政发〔2022〕6号），湖南省人民政府，2022年3月22日，${CHAPTER_4}\u3000${SECTION_4_1}`,
  );

  await block.hover();
  await block.getByRole('button', { name: '复制链接' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const blockId = await block.getAttribute('data-block-id');
  expect(link).toMatch(new RegExp(`^${server.base.replace(/[.]/g, '\\.')}#/doc/\\d+/block/${blockId}$`));

  // Pasting the link into the window opens the paragraph, the way the desktop app takes links.
  await page.getByRole('button', { name: `关闭《${METRO}》` }).click();
  await expect(docTabs(page)).toHaveCount(0);
  await page.locator('body').click({ position: { x: 700, y: 600 } });
  await page.keyboard.press('Control+V');
  await expect(page.getByText(text)).toBeInViewport();

  // The desktop app copies the policy-reader:// form of the same link; pasted, it opens the paragraph too.
  const docId = /#\/doc\/(\d+)\//.exec(link)![1];
  await page.getByRole('button', { name: `关闭《${METRO}》` }).click();
  await expect(docTabs(page)).toHaveCount(0);
  await page.evaluate((desktopLink) => navigator.clipboard.writeText(desktopLink), `policy-reader://open/doc/${docId}/block/${blockId}`);
  await page.locator('body').click({ position: { x: 700, y: 600 } });
  await page.keyboard.press('Control+V');
  await expect(page.getByText(text)).toBeInViewport();

  const fresh = await context.newPage();
  await fresh.goto(link);
  await expect(fresh.getByText(text)).toBeInViewport();
  await expect(fresh.getByRole('navigation', { name: '目录' }).locator('[aria-current="location"]')).toHaveText(SECTION_4_1);
});

test('reading settings change the text and persist', async ({ server, page }) => {
  await page.goto(server.url);
  await openFromLibrary(page, METRO);
  const paragraph = page.locator('.paragraph').first();
  const before = await paragraph.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  await page.getByRole('button', { name: '阅读设置' }).click();
  const settings = page.getByRole('dialog', { name: '阅读设置' });
  await settings.getByRole('button', { name: '放大字号' }).click();
  await settings.getByRole('button', { name: '放大字号' }).click();
  await settings.getByRole('radiogroup', { name: '行距' }).getByRole('radio', { name: '宽松' }).click();
  await settings.getByRole('radiogroup', { name: '主题' }).getByRole('radio', { name: '深色' }).click();
  await expect.poll(() => paragraph.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBe(before + 2);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await page.locator('.paragraph').first().evaluate((el) => getComputedStyle(el).fontFamily)).toContain('Noto Serif CJK SC');

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const after = page.locator('.paragraph').first();
  expect(await after.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBe(before + 2);
  expect(await after.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) / parseFloat(getComputedStyle(el).fontSize))).toBeCloseTo(2.2, 1);
});
