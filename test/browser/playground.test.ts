import { readQueryExamples } from '../../src/docs/examples';
import { startTestApi, type TestApi } from '../support/api';
import { openBrowser, screenshot, type Browser } from './support/chromium';

import path from 'node:path';

let api: TestApi;
let browser: Browser;
const examples = readQueryExamples(path.join(__dirname, '..', '..', 'docs', 'querying.md'));

beforeAll(async () => {
  api = await startTestApi();
  browser = await openBrowser(api.server.url);
});
afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

describe('playground (GraphiQL at GET /graphql, no network but the server)', () => {
  it('loads, shows the schema docs and the examples of docs/querying.md, and runs a query', async () => {
    const { page } = browser;
    await page.goto(`${api.server.url}/graphql`);
    await page.locator('.graphiql-container').waitFor();

    // The examples pane is open and lists every example of the document.
    const pane = page.locator('.ng-examples');
    await pane.waitFor();
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples)
      await expect(pane.getByRole('button', { name: example.title, exact: true }).count()).resolves.toBe(1);

    // The first example is the first tab; run it.
    await page.locator('.graphiql-query-editor .CodeMirror').waitFor();
    const editorText = await page.evaluate(
      'document.querySelector(".graphiql-query-editor .CodeMirror").CodeMirror.getValue()',
    );
    expect(editorText).toBe(examples[0]!.query);
    await page.locator('.graphiql-execute-button').click();
    const response = page.locator('.graphiql-response .CodeMirror');
    await expect(response.getByText('"data"').first().waitFor({ timeout: 15_000 })).resolves.toBeUndefined();
    const text: string = await page.evaluate(
      'document.querySelector(".graphiql-response .CodeMirror").CodeMirror.getValue()',
    );
    const body = JSON.parse(text);
    expect(body.errors).toBeUndefined();
    expect(body.data).toBeDefined();
    await screenshot(page, 'playground-query');

    // Another example opens in a new tab and runs too.
    const second = examples[1]!;
    await pane.getByRole('button', { name: second.title, exact: true }).click();
    await page.waitForFunction(
      (q) =>
        (globalThis as any).document.querySelector('.graphiql-query-editor .CodeMirror')?.CodeMirror.getValue() === q,
      second.query,
    );

    // The schema docs come from introspection.
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().click();
    await page.locator('.graphiql-doc-explorer').getByText('neighbourhood').first().waitFor();
    await screenshot(page, 'playground-docs');

    expect(browser.offOrigin).toEqual([]);
    expect(browser.errors).toEqual([]);
  });
});
