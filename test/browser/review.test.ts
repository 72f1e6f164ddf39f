/**
 * The review page against a real server: article 101 pasted, proposals
 * accepted by keyboard and mouse, a refusal shown on the proposal it names,
 * a relationship made from words selected with the mouse, a commit, and
 * then a path from the judge the article names to Tren de Aragua with every
 * hop sourced. The server enforces the persisted-operations allow-list, so
 * the page (and this test's own reads) send only vetted operations. The
 * commit writes ids derived from names (james-e-boasberg, the document's
 * slug) and relationships at the seed's entities, which other test files
 * draw and count: this file runs its own Neo4j.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Page } from 'playwright-core';

import { repoRoot } from '../../src/local-neo4j';
import { startTestApi, type TestApi } from '../support/api';
import { bearer, makeKey } from '../support/keys';
import { startOwnNeo4j, type OwnNeo4j } from '../support/own-neo4j';
import { openBrowser, screenshot, type Browser } from './support/chromium';
import { nodeIds, settled } from './support/graph';
import { described, firstDraw, idle, proposalCard, selectWords } from './support/review';

const ARTICLES = join(repoRoot(), 'test/fixtures/seeds/test-articles/articles');
const TEXT = readFileSync(join(ARTICLES, '101_boasberg_impeachment_calls.txt'), 'utf8');
const operation = (name: string) => readFileSync(join(repoRoot(), 'operations', `${name}.graphql`), 'utf8');
const SELECTED = "El Salvador's Terrorism Confinement Center";
const EXTRA = 'The prison, which opened in 2023 in Tecoluca';

let own: OwnNeo4j;
let api: TestApi;
let browser: Browser;
let page: Page;
let token: string;

beforeAll(async () => {
  own = await startOwnNeo4j('review');
  api = await startTestApi({ ...own.env, PERSISTED_OPERATIONS: 'enforce', API_KEY_CACHE_MS: '0' });
  token = (await makeKey(api.driver, `review-test-${process.pid} writer`, ['read', 'write'])).token;
  browser = await openBrowser(api.server.url);
  page = browser.page;
  page.setDefaultTimeout(60_000);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
  await own?.stop();
});

/** A vetted operation sent by the test (the allow-list is enforced), data or the errors thrown. */
async function vetted(name: string, variables: Record<string, unknown>) {
  const res = await api.gql(operation(name), variables, bearer(token));
  if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
  return res.body.data;
}

describe('the review page with article 101', () => {
  let draftId: string;

  it('takes a pasted article with its title, publisher, date and URL, and opens the draft under 1 s', async () => {
    await page.goto(`${api.server.url}/review`);
    await page.locator('#write-key').fill(token);
    await page.locator('#write-key').press('Enter');
    await page.locator('#forget-key').waitFor();
    await page
      .locator('form.paste input[name=title]')
      .fill('Judge who halted Alien Enemies Act flights faces impeachment calls');
    await page.locator('form.paste input[name=publisher]').fill('Test Wire');
    await page.locator('form.paste input[name=published]').fill('2025-03-19');
    await page.locator('form.paste input[name=url]').fill('https://example.test/101');
    await page.locator('form.paste textarea[name=text]').focus();
    await page.keyboard.insertText(TEXT); // as a paste does
    await page.locator('form.paste button[type=submit]').click();
    await page.waitForURL(/\/review\?draft=/, { timeout: 90_000 });
    draftId = new URL(page.url()).searchParams.get('draft')!;
    const cold = await firstDraw(page);
    // Opened again: the usual case (the server has read drafts before); this is the figure asserted.
    await page.reload();
    const warm = await firstDraw(page);
    console.log(
      `review page, article 101, first draw after navigation start: ${described(warm)}; the first open of a new server: ${described(cold)}`,
    );
    // The page's own part is asserted (the answer's time is the server's, and a loaded machine stretches it);
    // the whole first draw is printed above and in docs/ingesting.md.
    expect(warm.firstDraw - warm.received).toBeLessThan(1000);
    expect(await page.locator('#article-text').textContent()).toBe(TEXT);
    expect(await page.locator('#article-text .mention.kind-PERSON').count()).toBeGreaterThan(3);
    expect(await page.locator('#proposals .proposal').count()).toBe(9);
    expect(await page.locator('#title').textContent()).toBe(
      'Judge who halted Alien Enemies Act flights faces impeachment calls',
    );
    expect(browser.offOrigin).toEqual([]);
    expect(browser.errors).toEqual([]);
  }, 120_000);

  it('moves between proposals with j, marks the quote with Enter and accepts with a, all by keyboard', async () => {
    await page.locator('#proposals .proposal').first().focus();
    for (let i = 0; i < 9; i++) {
      const quote = await page.evaluate(
        () => (globalThis as any).document.activeElement.querySelector('.quote')?.textContent,
      );
      if (String(quote).includes('judge should be impeached')) break;
      await page.keyboard.press('j');
    }
    const card = page.locator('#proposals .proposal:focus');
    const id = await card.getAttribute('data-proposal');
    expect(await card.locator('.quote').textContent()).toBe(
      '“Trump wrote on social media that the judge should be impeached”',
    );
    await page.keyboard.press('Enter');
    const at = TEXT.indexOf('Trump wrote on social media that the judge should be impeached');
    expect(await page.locator('#article-text').getAttribute('data-marked')).toBe(`${at}-${at + 62}`);
    await page.keyboard.press('a');
    await proposalCard(page, id!, 'ACCEPTED').waitFor();
    // The replaced card keeps the focus, so the keys go on working.
    await page.waitForFunction((pid) => (globalThis as any).document.activeElement?.dataset?.proposal === pid, id);
  });

  it('edits a proposal from the keyboard and shows a refused value beside its field', async () => {
    const first = page.locator('#proposals .proposal').first();
    const id = (await first.getAttribute('data-proposal'))!;
    await first.focus();
    await page.keyboard.press('e');
    const editor = first.locator('form.editor');
    await editor.waitFor();
    await editor.locator('input[name=date]').fill('2025-13-45');
    await editor.locator('input[name=date]').press('Enter');
    const problem = editor.locator('[data-problem-for=date]');
    await problem.waitFor();
    expect(await problem.textContent()).toContain('2025-13-45');
    // Chromium logs the refused request (a 400) by itself: the refusal under test, not the page's doing.
    expect(browser.errors.filter((e) => !/status of 400 \(Bad Request\)$/.test(e))).toEqual([]);
    browser.errors.length = 0;
    await editor.locator('input[name=date]').fill('2025-03-15');
    await editor.locator('select[name=status]').selectOption('REPORTED');
    await editor.locator('input[name=confidence]').fill('0.8');
    await editor.locator('input[name=confidence]').press('Enter');
    const edited = proposalCard(page, id, 'EDITED');
    await edited.waitFor();
    expect(await edited.locator('.meta').textContent()).toBe('REPORTED · 0.80 · on 2025-03-15');
    // Back as it was, so that the commit below writes only what the test accepts.
    await edited.locator('button.reject').click();
    await proposalCard(page, id, 'REJECTED').waitFor();
  });

  it('shows a commit refusal on the proposal and field it names', async () => {
    await page.locator('#commit').click();
    const problem = page.locator('#proposals .proposal[data-state=ACCEPTED] .problem');
    await problem.waitFor();
    expect(await problem.textContent()).toMatch(
      /^to: refers to the new entity "James E. Boasberg" \(e\d+\), which is PROPOSED/,
    );
    expect(await page.locator('.commit-bar .problem').textContent()).toContain('shown on the proposals named');
    expect(await page.evaluate(() => (globalThis as any).document.body.dataset.draftState)).toBe('OPEN');
  });

  it('accepts the judge by keyboard and the prison by mouse', async () => {
    const judge = page.locator('#entities .proposal:has(strong:text-is("James E. Boasberg"))');
    await judge.focus();
    await page.keyboard.press('a');
    await page.locator('#entities .proposal[data-state=ACCEPTED]:has(strong:text-is("James E. Boasberg"))').waitFor();
    await page.locator('#entities .proposal:has(strong:text-is("Terrorism Confinement Center")) button.accept').click();
    await page
      .locator('#entities .proposal[data-state=ACCEPTED]:has(strong:text-is("Terrorism Confinement Center"))')
      .waitFor();
    await idle(page);
  });

  it('opens a mention from the keyboard, links one to a graph entity by search and makes a new entity for another', async () => {
    await page.locator('#article-text').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.locator('#mention h2').waitFor();
    expect(await page.locator('#mention h2').textContent()).toMatch(/^Mention m\d+: “Alien Enemies Act”$/);

    const gang = page.locator('#article-text [data-mention]', { hasText: /^a gang$/ });
    await gang.click();
    await page.locator('#mention h2', { hasText: '“a gang”' }).waitFor();
    await page.locator('#mention input[type=search]').fill('Tren de Aragua');
    await page.locator('#mention input[type=search]').press('Enter');
    await page.locator('#mention .hint', { hasText: 'found' }).waitFor();
    await page.locator('#mention form.link-mention button[type=submit]').click();
    await page.waitForFunction(() =>
      [...(globalThis as any).document.querySelectorAll('#article-text [data-mention]')].some(
        (span: any) => span.textContent === 'a gang' && span.title.includes('graph: tren-de-aragua'),
      ),
    );

    await page.locator('#article-text [data-mention]', { hasText: /^the federal court$/ }).click();
    await page.locator('#mention form.new-entity select[name=kind]').selectOption('COURT');
    await page
      .locator('#mention form.new-entity input[name=name]')
      .fill('U.S. District Court for the District of Columbia');
    await page.locator('#mention form.new-entity button[type=submit]').click();
    await page
      .locator('#entities .proposal[data-state=ACCEPTED]', {
        hasText: 'U.S. District Court for the District of Columbia',
      })
      .waitFor();
    expect(await page.locator('#mention').isHidden()).toBe(true);
    await idle(page);
  });

  it('makes a relationship of words selected with the mouse', async () => {
    const at = await selectWords(page, SELECTED);
    const quote = page.locator('#selection blockquote');
    await quote.waitFor();
    expect(await quote.getAttribute('data-start')).toBe(String(at));
    expect(await quote.getAttribute('data-end')).toBe(String(at + SELECTED.length));
    const form = page.locator('#selection form.new-relationship');
    await form.locator('select[name=type]').selectOption('LOCATED_IN');
    const prison = await form
      .locator('select[name=from] option', { hasText: 'Terrorism Confinement Center ·' })
      .getAttribute('value');
    await form.locator('select[name=from]').selectOption(prison);
    await form.locator('select[name=to]').selectOption('entity:el-salvador');
    await form.locator('input[name=confidence]').fill('0.9');
    await form.locator('button.add-relationship').click();
    const added = page.locator('#proposals .proposal[data-state=ACCEPTED]', { hasText: `“${SELECTED}”` });
    await added.waitFor();
    expect(await added.locator('.type').textContent()).toBe('LOCATED_IN');
    expect(await page.locator('#selection').isHidden()).toBe(true);
  });

  it('adds words selected with the mouse as an extra source of that relationship', async () => {
    const added = page.locator('#proposals .proposal', { hasText: `“${SELECTED}”` });
    const id = (await added.getAttribute('data-proposal'))!;
    const at = await selectWords(page, EXTRA);
    await page.locator('#selection blockquote').waitFor();
    const form = page.locator('#selection form.requote');
    await form.locator('select[name=proposal]').selectOption(id);
    await form.locator('button.add-source').click();
    const extra = page.locator(`#proposals .proposal[data-proposal="${id}"] .extra-sources li`);
    await extra.waitFor();
    expect(await extra.getAttribute('data-start')).toBe(String(at));
    expect(await extra.locator('blockquote').textContent()).toBe(`“${EXTRA}”`);
    expect(await page.locator(`#proposals .proposal[data-proposal="${id}"]`).getAttribute('data-state')).toBe('EDITED');
    expect(await page.locator('#selection').isHidden()).toBe(true);
  });

  it('commits, links to the explorer, and a path from the judge to Tren de Aragua has every hop sourced', async () => {
    await page.locator('#commit').click();
    const link = page.locator('#open-in-explorer');
    await link.waitFor({ timeout: 90_000 });
    await screenshot(page, 'review-committed');
    expect(await page.locator('#proposals button.accept').first().isDisabled()).toBe(true);

    const { draft } = await vetted('ReviewDraft', { id: draftId });
    expect(draft.state).toBe('COMMITTED');
    const judge = draft.commit.entities.find(
      (e: any) => draft.entities.find((p: any) => p.id === e.proposalId).name === 'James E. Boasberg',
    ).id;
    const { path } = await vetted('ExplorerPath', { from: judge, to: 'tren-de-aragua' });
    expect(path.path).not.toBeNull();
    const quotedDocuments = new Set<string>();
    for (const hop of path.path.hops) {
      const { relationship } = await vetted('ExplorerRelationship', { id: hop.relationship.id });
      expect([hop.relationship.id, relationship.sources.length]).toEqual([hop.relationship.id, expect.any(Number)]);
      expect(relationship.sources.length).toBeGreaterThanOrEqual(1);
      for (const source of relationship.sources) expect(source.quote.length).toBeGreaterThan(0);
      for (const source of relationship.sources) quotedDocuments.add(source.document.id);
    }
    expect(quotedDocuments).toContain(draft.commit.documentId);

    const added = draft.proposals.find((p: any) => p.origin === 'ANALYST');
    const written = draft.commit.relationships.find((r: any) => r.proposalId === added.id).id;
    const { relationship } = await vetted('ExplorerRelationship', { id: written });
    expect(relationship.sources.map((s: any) => s.quote).sort()).toEqual([SELECTED, EXTRA].sort());

    await link.click();
    await settled(page);
    expect(await nodeIds(page)).toContain(judge);
    expect(browser.offOrigin).toEqual([]);
    expect(browser.errors).toEqual([]);
  }, 120_000);
});

describe('the review page with a 3,000-word article', () => {
  const words = (text: string) => text.split(/\s+/).filter((w) => w !== '').length;

  it('is drawn under 1 s, and an accept redraws its card without touching the article', async () => {
    const parts = ['101_boasberg_impeachment_calls.txt', '102_abrego_garcia_supreme_court.txt'].map((file) =>
      readFileSync(join(ARTICLES, file), 'utf8'),
    );
    let text = '';
    for (let i = 0; words(text) < 3000; i++) text += `${parts[i % 2]}\n\n`;
    const input = { title: 'A long article', publisher: 'Test Wire', published: '2025-04-11', text };
    const { proposeFromText } = await vetted('ReviewProposeFromText', { input });
    await page.goto(`${api.server.url}/review?draft=${proposeFromText.id}`);
    await firstDraw(page);
    await page.reload(); // as for article 101: the server has read this draft before
    const drawn = await firstDraw(page);
    const { draft } = await vetted('ReviewDraft', { id: proposeFromText.id });
    console.log(
      `review page, ${words(text)}-word article (${draft.mentions.length} mentions, ${draft.proposals.length} relationship and ${draft.entities.length} entity proposals), first draw after navigation start: ${described(drawn)}`,
    );
    // What the page does with the draft, from its arrival to the screen, is what the page can answer for;
    // the whole figure, with the API's part, is reported (under load the API's answer alone can take 0.5 s).
    expect(drawn.firstDraw - drawn.received).toBeLessThan(1000);

    const spans = await page.locator('#article-text [data-mention]').count();
    await page.evaluate(
      () => ((globalThis as any).document.getElementById('article-text').firstElementChild.dataset.probe = 'kept'),
    );
    const card = page.locator('#proposals .proposal').nth(5);
    const id = (await card.getAttribute('data-proposal'))!;
    await card.focus();
    await page.keyboard.press('a');
    await proposalCard(page, id, 'ACCEPTED').waitFor();
    const draws = await page.evaluate(() => (globalThis as any).newsgraphReview.draws as number[]);
    console.log(`accepting ${id}: the page redrew in ${draws.at(-1)!.toFixed(1)} ms`);
    expect(draws.length).toBe(2);
    expect(draws.at(-1)!).toBeLessThan(250); // 13–57 ms measured on a loaded machine
    // The same article nodes: nothing of the text was drawn again.
    expect(await page.locator('#article-text [data-probe=kept]').count()).toBe(1);
    expect(await page.locator('#article-text [data-mention]').count()).toBe(spans);
    expect(browser.errors).toEqual([]);
  }, 180_000);
});
