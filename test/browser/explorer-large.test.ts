import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

import { startTestApi, type TestApi } from '../support/api';
import { FixtureGraph } from '../support/fixture-graph';
import { openBrowser, screenshot, SCREENSHOTS, type Browser } from './support/chromium';
import { cyEval, settled } from './support/graph';

/**
 * A 526-node neighbourhood (a hub, 25 spokes, 20 leaves each, leaves chained
 * to their next two siblings: ~1,450 relationships, ~2,000 elements drawn):
 * the explorer draws it and stays responsive. The time from asking for the
 * data to cytoscape's first frame is measured in the page with performance.now().
 */
const fixture = new FixtureGraph('webperf');
const SPOKES = 25;
const LEAVES = 20;
const hub = fixture.person('hub', 'Webperf Hub');
for (let s = 0; s < SPOKES; s += 1) {
  const spoke = fixture.person(`s${s}`);
  fixture.relate('PARTNERED_WITH', hub, spoke);
  const leaves = Array.from({ length: LEAVES }, (_, l) => fixture.person(`s${s}-l${l}`));
  leaves.forEach((leaf, l) => {
    fixture.relate('PARTNERED_WITH', spoke, leaf);
    for (const next of [l + 1, l + 2]) if (next < LEAVES) fixture.relate('PRAISED', leaf, leaves[next]!);
  });
}

interface Draw {
  requested: number;
  received: number;
  laidOut: number;
  firstRender: number;
  nodes: number;
  edges: number;
}

let api: TestApi;
let browser: Browser;

beforeAll(async () => {
  api = await startTestApi();
  await fixture.remove(api.driver);
  await fixture.write(api.driver);
  browser = await openBrowser(api.server.url);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  if (api) await fixture.remove(api.driver);
  await api?.stop();
});

describe('explorer with a 500-node neighbourhood', () => {
  it('draws it, zooms and pans without errors, and reports how fast', async () => {
    const { page } = browser;
    await page.goto(`${api.server.url}/explore?entity=${hub}&depth=2&limit=1000`);
    await settled(page);
    const draw = await page.evaluate<Draw>('window.newsgraphExplorer.draws[0]');
    expect(draw.nodes).toBe(1 + SPOKES + SPOKES * LEAVES);
    expect(draw.edges).toBeGreaterThanOrEqual(SPOKES + SPOKES * LEAVES);
    const firstDrawMs = draw.firstRender - draw.requested;
    await screenshot(page, 'explorer-500-nodes');

    // Responsiveness: a zoom and a pan each get their next frame quickly.
    const frameMs = await cyEval<Promise<number>>(
      page,
      `return new Promise((resolve) => {
         const times = [];
         const step = (i) => {
           const t = performance.now();
           cy.one('render', () => { times.push(performance.now() - t); if (i < 5) step(i + 1); else resolve(Math.max(...times)); });
           if (i % 2 === 0) cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: { x: 300, y: 300 } }); else cy.panBy({ x: 40, y: 25 });
         };
         step(0);
       });`,
    );

    // The same again with the database and server warm.
    await page.reload();
    await settled(page);
    const warm = await page.evaluate<Draw>('window.newsgraphExplorer.draws[0]');
    const report = {
      nodes: draw.nodes,
      edges: draw.edges,
      requestToFirstRenderMs: Math.round(firstDrawMs),
      ofWhichApiMs: Math.round(draw.received - draw.requested),
      ofWhichAddAndLayoutMs: Math.round(draw.laidOut - draw.received),
      ofWhichFirstFrameMs: Math.round(draw.firstRender - draw.laidOut),
      navigationToFirstRenderMs: Math.round(draw.firstRender),
      warm: {
        requestToFirstRenderMs: Math.round(warm.firstRender - warm.requested),
        ofWhichApiMs: Math.round(warm.received - warm.requested),
        ofWhichAddAndLayoutMs: Math.round(warm.laidOut - warm.received),
        ofWhichFirstFrameMs: Math.round(warm.firstRender - warm.laidOut),
      },
      slowestZoomOrPanFrameMs: Math.round(frameMs),
    };
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(path.join(SCREENSHOTS, '..', 'explorer-500-nodes.json'), `${JSON.stringify(report, null, 2)}\n`);
    process.stdout.write(`explorer 500-node draw: ${JSON.stringify(report)}\n`);
    // Speed is reported, not asserted (timings on a shared 2-core machine are no test): the figures
    // are in test-results/explorer-500-nodes.json. What is asserted is that it draws, zooms and pans.
    expect(firstDrawMs).toBeGreaterThan(0);
    expect(frameMs).toBeGreaterThan(0);
    expect(warm.nodes).toBe(draw.nodes);
    expect(browser.errors).toEqual([]);
  });
});
