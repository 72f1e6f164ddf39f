import type { Locator, Page } from 'playwright-core';

/** The review page's timing (ms after navigation start; see web/review/main.ts), once it has drawn. */
export interface FirstDraw {
  requested: number;
  received: number;
  firstDraw: number;
  draws: number[];
}

export async function firstDraw(page: Page): Promise<FirstDraw> {
  await page.waitForFunction(() => (globalThis as any).document.body.dataset.firstDraw !== undefined);
  return page.evaluate(() => (globalThis as any).newsgraphReview as FirstDraw);
}

/** "total ms (draft asked for at …, arrived at …, drawn in the DOM in …)" */
export const described = (t: FirstDraw) =>
  `${t.firstDraw.toFixed(0)} ms (draft asked for at ${t.requested.toFixed(0)}, arrived at ${t.received.toFixed(0)}, DOM drawn in ${t.draws[0]!.toFixed(0)}, on screen ${(t.firstDraw - t.received).toFixed(0)} ms after it arrived)`;

/** Waits for no request of the page in flight. */
export async function idle(page: Page): Promise<void> {
  await page.waitForFunction(() => (globalThis as any).document.body.dataset.busy === '0');
}

export const proposalCard = (page: Page, id: string, state: string): Locator =>
  page.locator(`#proposals .proposal[data-proposal="${id}"][data-state="${state}"]`);

/**
 * Selects the first occurrence of `words` in the article with the mouse, as
 * a person does: press before the first letter, drag, release after the
 * last. The page is only read for where the letters are drawn. Returns the
 * words' offset in the text.
 */
export async function selectWords(page: Page, words: string): Promise<number> {
  const where = await page.evaluate((wanted) => {
    const doc = (globalThis as any).document;
    const root = doc.getElementById('article-text');
    const at: number = root.textContent.indexOf(wanted);
    const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    const ends: Array<{ node: unknown; offset: number }> = [];
    let seen = 0;
    for (let node = walker.nextNode(); node !== null && ends.length < 2; node = walker.nextNode()) {
      const length: number = node.textContent.length;
      if (ends.length === 0 && at < seen + length) ends.push({ node, offset: at - seen });
      if (ends.length === 1 && at + wanted.length <= seen + length)
        ends.push({ node, offset: at + wanted.length - seen });
      seen += length;
    }
    // One letter's box each: the first and the last of the words.
    const first = doc.createRange();
    first.setStart(ends[0]!.node, ends[0]!.offset);
    first.setEnd(ends[0]!.node, ends[0]!.offset + 1);
    first.startContainer.parentElement.scrollIntoView({ block: 'center' });
    const last = doc.createRange();
    last.setStart(ends[1]!.node, ends[1]!.offset - 1);
    last.setEnd(ends[1]!.node, ends[1]!.offset);
    const [a, b] = [first.getBoundingClientRect(), last.getBoundingClientRect()];
    return {
      at,
      from: { x: a.left + 1, y: a.top + a.height / 2 },
      to: { x: b.right - 1, y: b.top + b.height / 2 },
    };
  }, words);
  await page.mouse.move(where.from.x, where.from.y);
  await page.mouse.down();
  await page.mouse.move(where.to.x, where.to.y, { steps: 8 });
  await page.mouse.up();
  return where.at;
}
