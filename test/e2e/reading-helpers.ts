import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export const METRO = '长株潭都市圈发展规划';

export async function openFromLibrary(page: Page, title: string | RegExp): Promise<void> {
  const name = typeof title === 'string' ? new RegExp(`^${title}`) : title;
  await page.getByRole('navigation', { name: '文库' }).getByRole('button', { name }).click();
  await expect(page.getByRole('navigation', { name: '目录' })).toBeVisible();
}

export function outline(page: Page) {
  return page.getByRole('navigation', { name: '目录' });
}

/** The outline entry scroll-spy marks as the section being read. */
export function currentOutlineEntry(page: Page) {
  return outline(page).locator('[aria-current="location"]');
}

/** Distance in px from the top of the text view to the top of the (rendered) block with exactly this text. */
export async function offsetFromTextTop(page: Page, blockText: string): Promise<number> {
  return page.evaluate((text) => {
    const scroller = document.querySelector('.text-scroll')!.getBoundingClientRect();
    const el = [...document.querySelectorAll('[data-block-id]')].find((b) => b.querySelector('[data-text-root]')?.textContent === text);
    if (!el) throw new Error(`no rendered block ${text}`);
    return el.getBoundingClientRect().top - scroller.top;
  }, blockText);
}

/** Tabs of open documents (the view switch 阅读/对照/批注 uses tabs too). */
export function docTabs(page: Page, options?: { name?: string; selected?: boolean }) {
  return page.getByRole('tablist', { name: '已打开的文档' }).getByRole('tab', options);
}
