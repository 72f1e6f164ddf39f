import type { Page } from 'playwright-core';

/** Reads from the explorer's cytoscape instance (window.newsgraphExplorer.cy). */
export function cyEval<T>(page: Page, body: string): Promise<T> {
  return page.evaluate<T>(`(() => { const cy = window.newsgraphExplorer.cy; ${body} })()`);
}

export const nodeIds = (page: Page) => cyEval<string[]>(page, 'return cy.nodes().map((n) => n.id());');
export const edgeCount = (page: Page) => cyEval<number>(page, 'return cy.edges().length;');

/** Waits until the explorer has no request in flight and has drawn at least `draws` times. */
export async function settled(page: Page, draws = 1): Promise<void> {
  // A function, not a string: the page's CSP forbids eval.
  await page.waitForFunction(
    (n) => {
      const { dataset } = (globalThis as any).document.body;
      return dataset.busy === '0' && Number(dataset.draws ?? 0) >= n;
    },
    draws,
    { timeout: 20_000 },
  );
}

/** Clicks the canvas where cytoscape drew element `id` (a node's centre, an edge's midpoint). */
export async function clickElement(page: Page, id: string): Promise<void> {
  const point = await cyEval<{ x: number; y: number }>(
    page,
    `const e = cy.getElementById(${JSON.stringify(id)}); return e.isNode() ? e.renderedPosition() : e.renderedMidpoint();`,
  );
  const box = await page.locator('#graph').boundingBox();
  if (box === null) throw new Error('#graph is not visible');
  await page.mouse.click(box.x + point.x, box.y + point.y);
}
