import { readFile } from 'node:fs/promises';

import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';

import { startTestApi, type TestApi } from '../support/api';
import { openBrowser, screenshot, type Browser } from './support/chromium';
import { edgeCount, nodeIds, settled } from './support/graph';

let api: TestApi;
let browser: Browser;

beforeAll(async () => {
  api = await startTestApi({ TX_TIMEOUT_MS: '30000' });
  browser = await openBrowser(api.server.url);
});
afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

describe('explorer Download menu', () => {
  it('downloads the drawn neighbourhood as GEXF holding the same entities and relationships', async () => {
    const { page } = browser;
    await page.goto(`${api.server.url}/explore?entity=nayib-bukele&types=INVITED,LEADS,PRAISED`);
    await settled(page);
    const drawn = await nodeIds(page);
    const edges = await edgeCount(page);
    await page.locator('#download summary').click();
    const links = page.locator('#download .download-links a');
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('data-format')))).toEqual([
      'graphml',
      'gexf',
      'csv',
      'jgf',
    ]);
    await screenshot(page, 'explorer-download-menu');
    const [download] = await Promise.all([page.waitForEvent('download'), links.nth(1).click()]);
    expect(download.suggestedFilename()).toBe('newsgraph-neighbourhood-nayib-bukele-d1.gexf');
    const graph = parseGexf(MultiDirectedGraph, await readFile(await download.path(), 'utf8'));
    expect(graph.nodes().sort()).toEqual([...drawn].sort());
    expect(graph.size).toBe(edges);
    graph.forEachEdge((_edge, attributes) => expect(['INVITED', 'LEADS', 'PRAISED']).toContain(attributes['type']));
    expect(browser.offOrigin).toEqual([]);
  });

  it('links a drawn path to /export/path with the same ends', async () => {
    const { page } = browser;
    await page.goto(`${api.server.url}/explore?from=donald-trump&to=ms-13`);
    await settled(page);
    const href = await page.locator('#download a[data-format="jgf"]').getAttribute('href');
    expect(href).toBe('/export/path?from=donald-trump&to=ms-13&format=jgf');
    const res = await fetch(`${api.server.url}${href}`);
    expect(res.status).toBe(200);
    const ids = Object.keys((await res.json()).graph.nodes);
    expect(ids.sort()).toEqual((await nodeIds(page)).sort());
  });
});
