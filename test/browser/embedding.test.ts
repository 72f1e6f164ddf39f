import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

import { startTestApi, type TestApi } from '../support/api';
import { openBrowser, screenshot, type Browser } from './support/chromium';

/**
 * A dashboard on another origin embeds newsgraph two ways: the explorer in an
 * iframe (URL parameters only) and the example page of docs/embedding.md (its
 * very ```html block) calling the API across origins. The server enforces the
 * persisted-operations allow-list and allows only the dashboard's origin.
 */
const doc = readFileSync(path.join(__dirname, '..', '..', 'docs', 'embedding.md'), 'utf8');
const examplePage = /```html\n(<!doctype html>[\s\S]*?)```/.exec(doc)?.[1];

let api: TestApi;
let dashboard: Server;
let dashboardOrigin: string;
let browser: Browser;

beforeAll(async () => {
  const pages: Record<string, () => string> = {
    '/example.html': () => examplePage!.replace("'http://127.0.0.1:4000/graphql'", `'${api.url}'`),
    '/iframe.html': () =>
      `<!doctype html><title>dashboard</title><h1>Dashboard</h1>` +
      `<iframe id="ng" src="${api.server.url}/explore?entity=nayib-bukele&types=LEADS,PARTNERED_WITH,INVITED&embed=1" width="1000" height="600"></iframe>`,
  };
  dashboard = createServer((req, res) => {
    const page = pages[req.url ?? ''];
    res.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page ? page() : 'not found');
  });
  await new Promise<void>((resolve) => dashboard.listen(0, '127.0.0.1', resolve));
  dashboardOrigin = `http://127.0.0.1:${(dashboard.address() as AddressInfo).port}`;
  api = await startTestApi({ CORS_ORIGINS: dashboardOrigin, PERSISTED_OPERATIONS: 'enforce' });
  browser = await openBrowser([api.server.url, dashboardOrigin], { width: 1100, height: 720 });
});
afterAll(async () => {
  await browser?.close();
  await api?.stop();
  await new Promise((resolve) => dashboard?.close(resolve));
});

describe('embedding (CORS_ORIGINS = the dashboard, PERSISTED_OPERATIONS=enforce)', () => {
  it('docs/embedding.md has an example page', () => {
    expect(examplePage).toContain("const API = 'http://127.0.0.1:4000/graphql';");
  });

  it('the example page of docs/embedding.md draws a neighbourhood from another origin', async () => {
    const { page } = browser;
    await page.goto(`${dashboardOrigin}/example.html`);
    const expected = (
      await api.gql(
        readFileSync(path.join(__dirname, '..', '..', 'operations', 'ExplorerNeighbourhood.graphql'), 'utf8'),
        { id: 'nayib-bukele', depth: 1 },
      )
    ).body.data.neighbourhood;
    await page.locator(`#graph circle[data-id="nayib-bukele"]`).waitFor();
    expect(await page.locator('#graph circle').count()).toBe(expected.nodes.length);
    expect(await page.locator('#graph line').count()).toBe(expected.edges.length);
    await screenshot(page, 'embedding-example-page');
    expect(browser.errors).toEqual([]);
  });

  it('the explorer runs in an iframe from its URL alone, with only vetted operations', async () => {
    const { page } = browser;
    await page.goto(`${dashboardOrigin}/iframe.html`);
    const frame = page.frameLocator('#ng');
    await frame.locator('#details [data-entity="nayib-bukele"]').waitFor();
    await frame.locator('body[data-draws="1"][data-busy="0"]').waitFor();
    await screenshot(page, 'embedding-iframe');
    expect(browser.offOrigin).toEqual([]);
    expect(browser.errors).toEqual([]);
  });

  it('an origin not in CORS_ORIGINS is refused by the browser', async () => {
    const { page } = browser;
    await page.goto(`${api.server.url}/explore`); // same origin as the API: fine
    const sameOrigin = await page.evaluate(
      `fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }).then((r) => r.status)`,
    );
    expect(sameOrigin).toBe(400);
    const preflight = await fetch(api.url, {
      method: 'OPTIONS',
      headers: { origin: 'http://127.0.0.1:1', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });
});
