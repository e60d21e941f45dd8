import type { Locator, Page } from '@playwright/test';

/** Pane `index` (0-based) of 对照 › 并排阅读. */
export function pane(page: Page, index: number): Locator {
  return page.locator(`.cmp-pane[data-pane-index="${index}"]`);
}

/** Choose a document in a pane's (or a version side's) list by its label. */
export async function chooseDocument(select: Locator, title: RegExp | string): Promise<void> {
  const options = await select.locator('option').allTextContents();
  const label = options.find((o) => (typeof title === 'string' ? o === title : title.test(o)));
  if (!label) throw new Error(`no document ${title} among ${options.join(' | ')}`);
  await select.selectOption({ label });
}

/** Text of the block at the top edge of a pane. */
export async function topBlockText(p: Locator): Promise<string> {
  return p.locator('.cmp-pane-scroll').evaluate((scroller) => {
    const top = scroller.scrollTop;
    const blocks = [...scroller.querySelectorAll<HTMLElement>('[data-block-id]')];
    const el = blocks.filter((b) => b.offsetTop <= top + 2).at(-1) ?? blocks[0]!;
    return el.textContent ?? '';
  });
}

/** Scroll a pane so the block containing `text` is at its top. */
export async function scrollPaneTo(p: Locator, text: string): Promise<void> {
  await p.locator('.cmp-pane-scroll').evaluate((scroller, t) => {
    const el = [...scroller.querySelectorAll<HTMLElement>('[data-block-id]')].find((b) => b.textContent!.includes(t));
    if (!el) throw new Error(`no block with ${t}`);
    scroller.scrollTop = el.offsetTop + 2;
  }, text);
}
