import { startTestApi, type TestApi } from '../support/api';
import { openBrowser, screenshot, type Browser } from './support/chromium';
import { clickElement, cyEval, edgeCount, nodeIds, settled } from './support/graph';

let api: TestApi;
let browser: Browser;

beforeAll(async () => {
  api = await startTestApi();
  browser = await openBrowser(api.server.url);
});
afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

describe('explorer at /explore (talks to /graphql only)', () => {
  it('finds an entity, draws its neighbourhood, expands a node, shows a source quote', async () => {
    const { page } = browser;
    await page.goto(`${api.server.url}/explore`);
    await page.locator('#search').fill('bukele');
    const hit = page.locator('#results li[data-entity="nayib-bukele"] .name');
    await hit.waitFor();
    await hit.click();
    await settled(page);
    expect(page.url()).toBe(`${api.server.url}/explore?entity=nayib-bukele`);
    const first = await nodeIds(page);
    expect(first).toContain('nayib-bukele');
    expect(first.length).toBeGreaterThan(3);
    await page.locator('#details [data-entity="nayib-bukele"]').waitFor();
    await screenshot(page, 'explorer-neighbourhood');

    // Expand El Salvador: its own neighbours join the drawing.
    expect(first).toContain('el-salvador');
    await clickElement(page, 'el-salvador');
    await settled(page, 2);
    await page.locator('#details [data-entity="el-salvador"]').waitFor();
    const expanded = await nodeIds(page);
    expect(expanded.length).toBeGreaterThan(first.length);
    expect(await cyEval<boolean>(page, "return cy.getElementById('el-salvador').hasClass('expanded');")).toBe(true);
    await screenshot(page, 'explorer-expanded');

    // An edge of Bukele: its sources, with the exact quote.
    const edge = await cyEval<string>(page, "return cy.getElementById('nayib-bukele').connectedEdges()[0].id();");
    await clickElement(page, edge);
    const panel = page.locator(`#details [data-relationship="${edge}"]`);
    await panel.waitFor();
    const quote = (await panel.locator('.quote').first().textContent()) ?? '';
    expect(quote.length).toBeGreaterThan(10);
    const { data } = (await api.gql('query($id: ID!) { relationship(id: $id) { sources { quote } } }', { id: edge }))
      .body;
    expect(quote).toBe(`“${data.relationship.sources[0].quote}”`);
    await screenshot(page, 'explorer-source');

    expect(browser.offOrigin).toEqual([]);
    expect(browser.errors).toEqual([]);
  });

  it('picks two entities and draws the path between them, each hop explained', async () => {
    const { page } = browser;
    await page.goto(`${api.server.url}/explore`);
    for (const [text, id, end] of [
      ['trump', 'donald-trump', 'from'],
      ['tren de aragua', 'tren-de-aragua', 'to'],
    ] as const) {
      await page.locator('#search').fill(text);
      const button = page.locator(`#results li[data-entity="${id}"] .as-${end}`);
      await button.waitFor();
      await button.click();
    }
    await page.locator('#draw-path').click();
    await settled(page);
    expect(page.url()).toBe(`${api.server.url}/explore?from=donald-trump&to=tren-de-aragua`);
    const hops = page.locator('#details .hop');
    await hops.first().waitFor();
    const expected = (
      await api.gql('{ path(from: "donald-trump", to: "tren-de-aragua") { path { length hops { explanation } } } }')
    ).body.data.path.path;
    expect(await hops.count()).toBe(expected.length);
    expect(await hops.locator('.explanation').allTextContents()).toEqual(
      expected.hops.map((h: { explanation: string }) => h.explanation),
    );
    expect(await edgeCount(page)).toBe(expected.length);
    expect(await nodeIds(page)).toEqual(expect.arrayContaining(['donald-trump', 'tren-de-aragua']));
    await screenshot(page, 'explorer-path');
    expect(browser.errors).toEqual([]);
  });

  it('draws a view from URL parameters alone (types, depth, date), as an iframe would', async () => {
    const { page } = browser;
    await page.goto(`${api.server.url}/explore?entity=donald-trump&depth=2&types=INVITED,LEADS&embed=1`);
    await settled(page);
    const types = await cyEval<string[]>(page, "return [...new Set(cy.edges().map((e) => e.data('type')))];");
    expect(types.length).toBeGreaterThan(0);
    for (const type of types) expect(['INVITED', 'LEADS']).toContain(type);
    expect(await page.locator('#bar').isVisible()).toBe(false);
    await screenshot(page, 'explorer-embed');
  });
});
