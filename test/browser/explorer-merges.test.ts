/**
 * The explorer's merge candidates view against a real server and Neo4j, with
 * the seed and test articles 101 and 102 loaded under a prefix (the database
 * is shared; the view keeps to these documents through its URL): the true
 * pairs first with their reasons, refusals without a write key, "not the
 * same", a merge, the merged entity saying where it came from, and a split.
 */
import type { Page } from 'playwright-core';

import { uniquePrefix } from '../fixtures/seeds/helpers';
import { startTestApi, type TestApi } from '../support/api';
import { makeKey } from '../support/keys';
import { loadMergeGraph, removeMergeGraph } from '../support/merge-graph';
import { openBrowser, screenshot, type Browser } from './support/chromium';
import { nodeIds, settled } from './support/graph';

const P = uniquePrefix('mx');
const id = (slug: string) => `${P}${slug}`;
const JUDGE = `${id('federal-judge')} ${id('t101-james-boasberg')}`;
const TRUE_PAIRS = [
  JUDGE,
  `${id('supermax-prison')} ${id('t101-cecot')}`,
  `${id('maryland-man')} ${id('t102-kilmar-abrego-garcia')}`,
];
/** What Chromium logs by itself for a refused request (the refusal under test), not the page's doing. */
const REFUSAL_LOG = /^Failed to load resource: the server responded with a status of 40[13]/;

let api: TestApi;
let browser: Browser;
let page: Page;
let viewUrl: string;
let writeToken: string;
let readToken: string;

beforeAll(async () => {
  api = await startTestApi({ API_KEY_CACHE_MS: '0' });
  writeToken = (await makeKey(api.driver, `${P}writer`, ['read', 'write'])).token;
  readToken = (await makeKey(api.driver, `${P}reader`, ['read'])).token;
  const { documents } = await loadMergeGraph(api.driver, P);
  viewUrl = `${api.server.url}/explore?view=merges&documents=${documents.join(',')}`;
  browser = await openBrowser(api.server.url);
  page = browser.page;
  // Each write plans cold on a fresh database; under load a first plan takes seconds (merges.test.ts gives 180 s).
  page.setDefaultTimeout(90_000);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  if (api) await removeMergeGraph(api.driver, P);
  await api?.stop();
});

/** Waits for no request in flight, then returns the pairs listed, in order. */
async function pairs(): Promise<string[]> {
  await page.waitForFunction(() => (globalThis as any).document.body.dataset.busy === '0');
  return page.locator('#merges .pair').evaluateAll((items) => items.map((li) => li.getAttribute('data-pair') ?? ''));
}
const card = (pair: string) => page.locator(`#merges .pair[data-pair="${pair}"]`);

/** Opens a pair's "same" or "not the same" form, gives a reason and confirms, all by keyboard. */
async function decide(pair: string, which: 'same' | 'not-same', reason: string): Promise<void> {
  await card(pair).locator(`button.${which}`).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.type(reason); // the reason field has the focus
  await page.keyboard.press('Enter');
}

describe('explorer merge candidates view', () => {
  it('is reached from the explorer bar and lists the three true pairs first, with reasons and quotes', async () => {
    await page.goto(`${api.server.url}/explore`);
    await page.locator('#merges-link').click();
    await page.locator('#merges-title').waitFor();
    expect(new URL(page.url()).search).toBe('?view=merges');

    await page.goto(viewUrl);
    await page.locator('#merges .pair').first().waitFor();
    const listed = await pairs();
    expect(listed.slice(0, 3).sort()).toEqual([...TRUE_PAIRS].sort());
    expect(listed.length).toBeLessThanOrEqual(10);

    const judge = card(JUDGE);
    expect(await judge.locator('.side').count()).toBe(2);
    expect(await judge.locator(`.side[data-entity="${id('t101-james-boasberg')}"] .keep`).count()).toBe(1);
    expect(await judge.locator('.side .quote').count()).toBeGreaterThan(1);
    const features = await judge.locator('.reasons tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.feature));
    expect(features).toEqual(expect.arrayContaining(['NAME', 'SAME_RELATIONSHIPS']));
    const same = judge.locator('.reasons tr[data-feature="SAME_RELATIONSHIPS"]');
    expect(await same.locator('th').textContent()).toBe('Same relationships');
    expect(await same.locator('.detail').textContent()).toContain(`ORDERED_HALT → ${id('deportation-campaign')}`);
    expect(await same.locator('.contribution').textContent()).toMatch(/^\+0\.\d\d$/);
    await screenshot(page, 'explorer-merges');
    expect(browser.offOrigin).toEqual([]);
    expect(browser.errors).toEqual([]);
  });

  it('shows the refusal without a key and with a read-only key, and changes nothing', async () => {
    await decide(JUDGE, 'same', 'try without a key');
    const refusal = card(JUDGE).locator('.refusal');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('Refused (UNAUTHENTICATED)');
    await page.keyboard.press('Escape');
    expect(await card(JUDGE).locator('.reason-form').count()).toBe(0);

    await page.locator('#write-key').fill(readToken);
    await page.locator('#write-key').press('Enter');
    await page.locator('#forget-key').waitFor();
    await decide(JUDGE, 'not-same', 'try with a read-only key');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('Refused (FORBIDDEN)');
    await screenshot(page, 'explorer-merges-refused');
    await page.locator('#forget-key').click();
    expect((await pairs()).slice(0, 3).sort()).toEqual([...TRUE_PAIRS].sort());
    expect(browser.errors.filter((e) => !REFUSAL_LOG.test(e))).toEqual([]);
    browser.errors.length = 0;
  }, 180_000);

  it('records "not the same" and the pair is gone; merges another pair with a write key', async () => {
    await page.locator('#write-key').fill(writeToken);
    await page.locator('#write-key').press('Enter');
    await page.locator('#forget-key').waitFor();
    // Kept for this tab only: not in localStorage, not in the URL.
    expect(await page.evaluate(() => Object.keys(localStorage).length)).toBe(0);
    expect(await page.evaluate(() => sessionStorage.getItem('newsgraph.writeKey'))).toBe(writeToken);
    expect(page.url()).not.toContain(writeToken);

    const wrong = (await pairs())[3]!;
    expect(TRUE_PAIRS).not.toContain(wrong);
    await decide(wrong, 'not-same', 'two different things');
    await page.locator('#merges .notice').waitFor();
    expect(await pairs()).not.toContain(wrong);
    const [a, b] = wrong.split(' ');
    const judged = await api.driver.executeQuery(
      'MATCH (j:NotSameJudgement) WHERE j.a IN [$a, $b] AND j.b IN [$a, $b] RETURN j.reason AS reason',
      { a, b },
    );
    expect(judged.records.map((r) => r.get('reason'))).toEqual(['two different things']);

    await decide(JUDGE, 'same', 'article 101 names the judge');
    await page.locator('#merges .notice[data-merge]').waitFor();
    expect(await pairs()).not.toContain(JUDGE);
    await screenshot(page, 'explorer-merges-merged');
    expect(browser.errors).toEqual([]);
  }, 180_000);

  it('shows the merged entity saying where it came from, by either id, and splits it again', async () => {
    await page.locator('#merges .notice .open-kept').click();
    const merged = page.locator(`#details .merged-from li[data-absorbed="${id('federal-judge')}"]`);
    await merged.waitFor();
    expect(new URL(page.url()).searchParams.get('entity')).toBe(id('t101-james-boasberg'));
    expect(await merged.textContent()).toContain('“article 101 names the judge”');
    await screenshot(page, 'explorer-merged-entity');

    await page.goto(`${api.server.url}/explore?entity=${id('federal-judge')}`);
    const resolved = page.locator('#details .resolved-from');
    await resolved.waitFor();
    expect(await resolved.textContent()).toBe(
      `You opened ${id('federal-judge')}, which was merged into James E. Boasberg.`,
    );
    // The drawing is the kept entity's neighbourhood, which now holds the absorbed one's relationships.
    await settled(page);
    const drawn = await nodeIds(page);
    expect(drawn).toEqual(expect.arrayContaining([id('t101-james-boasberg'), id('deportation-campaign')]));
    expect(drawn).not.toContain(id('federal-judge'));

    // The merge's page: what it changed, and a split behind the write key (still set in this tab).
    await merged.locator('a').click();
    await page.locator('#merges .merge').waitFor();
    expect(await page.locator('#merges .merge').textContent()).toContain(`${id('federal-judge')} merged into`);
    await page.locator('#merges button.split').click();
    await page.keyboard.type('test the split');
    await page.keyboard.press('Enter');
    await page.locator('#merges .split-note').waitFor();
    await page.goto(`${api.server.url}/explore?entity=${id('federal-judge')}`);
    await page.locator(`#details [data-entity="${id('federal-judge')}"]`).waitFor();
    expect(await page.locator('#details .resolved-from').count()).toBe(0);
    expect(browser.offOrigin).toEqual([]);
    expect(browser.errors).toEqual([]);
  }, 180_000);
});
