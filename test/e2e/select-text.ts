import type { Page } from '@playwright/test';

/** Drag the mouse over `from` … `to` as a user would; `to` may be in a later paragraph. */
export async function dragSelect(page: Page, from: string, to: string): Promise<void> {
  const points = await page.evaluate(
    ({ from, to }) => {
      const roots = [...document.querySelectorAll('[data-block-id] [data-text-root]')];
      const charRect = (phrase: string, atEnd: boolean) => {
        const root = roots.find((r) => r.textContent!.includes(phrase))!;
        const index = root.textContent!.indexOf(phrase) + (atEnd ? phrase.length - 1 : 0);
        // The text node and offset of that character (the root may hold several nodes).
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        let rest = index;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const len = node.textContent!.length;
          if (rest < len) {
            const range = document.createRange();
            range.setStart(node, rest);
            range.setEnd(node, rest + 1);
            const r = range.getBoundingClientRect();
            return { x: atEnd ? r.right - 1 : r.left + 1, y: r.top + r.height / 2 };
          }
          rest -= len;
        }
        throw new Error(`no character for ${phrase}`);
      };
      return [charRect(from, false), charRect(to, true)];
    },
    { from, to },
  );
  await page.mouse.move(points[0]!.x, points[0]!.y);
  await page.mouse.down();
  await page.mouse.move((points[0]!.x + points[1]!.x) / 2, (points[0]!.y + points[1]!.y) / 2, { steps: 4 });
  await page.mouse.move(points[1]!.x, points[1]!.y, { steps: 4 });
  await page.mouse.up();
}
