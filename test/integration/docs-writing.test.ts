/**
 * docs/writing.md's worked example, run against the API with a real write
 * key: every step answers as the page says (no errors, the stale correction
 * CONFLICT), the retracted fact is gone from today's answer and back with
 * `knownAt`. Ids are prefixed per run and removed afterwards; the database
 * is shared with other test files.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { runWalkthrough, type WalkthroughAnswer } from '../../src/docs/writing-walkthrough';
import { repoRoot } from '../../src/local-neo4j';
import { startTestApi, type TestApi } from '../support/api';
import { bearer, makeKey } from '../support/keys';

const P = `doc${Date.now().toString(36)}-`;
let api: TestApi;
let answers: WalkthroughAnswer[];

beforeAll(async () => {
  api = await startTestApi();
  const { token } = await makeKey(api.driver, `${P}analyst`, ['read', 'write']);
  const articleText = readFileSync(
    path.join(repoRoot(), 'test/fixtures/seeds/test-articles/articles/101_boasberg_impeachment_calls.txt'),
    'utf8',
  );
  answers = await runWalkthrough({ prefix: P, articleText }, async (step) => {
    return (await api.gql(step.query, step.variables, bearer(token))).body;
  });
}, 120_000);

afterAll(async () => {
  await api.driver.executeQuery('MATCH (n:Entity) WHERE n.id STARTS WITH $p DETACH DELETE n', { p: P });
  await api.driver.executeQuery('MATCH (a:AuditRecord) WHERE any(id IN a.entityIds WHERE id STARTS WITH $p) DELETE a', {
    p: P,
  });
  await api.stop();
});

const byTitle = (prefix: string) => answers.find((a) => a.step.title.startsWith(prefix))!.body;
const ids = (body: WalkthroughAnswer['body']) =>
  (body.data.entity.relationships.edges as Array<{ node: { id: string; version: number; sources: unknown[] } }>).map(
    (e) => [e.node.id, e.node.version, e.node.sources.length],
  );

describe('docs/writing.md walkthrough', () => {
  it('runs every step as the page shows it', () => {
    for (const { step, body } of answers) {
      if (step.refusedWith) expect(body.errors?.map((e) => e.extensions?.code)).toEqual([step.refusedWith]);
      else expect({ step: step.title, errors: body.errors }).toEqual({ step: step.title, errors: undefined });
    }
    expect(answers.length).toBeGreaterThanOrEqual(10);
  });

  it('places the quote it was given in the stored text', () => {
    const source = byTitle('3.').data.addRelationship.relationship.sources[0];
    expect(source.end - source.start).toBe(source.quote.length);
  });

  it('keeps the audit trail of every change, newest first', () => {
    const operations = byTitle('8.').data.auditLog.edges.map((e: { node: { operation: string } }) => e.node.operation);
    expect(operations).toEqual(['retractRelationship', 'addSource', 'updateRelationship', 'addRelationship']);
  });

  it('answers without the retracted fact now, and as it stood with knownAt', () => {
    expect(ids(byTitle('9.'))).toEqual([]);
    expect(ids(byTitle('10.'))).toEqual([[`${P}boasberg-ordered-halt`, 1, 1]]);
  });
});
