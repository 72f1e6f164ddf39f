/**
 * The write path through the API against a real Neo4j: every mutation's happy
 * path with its audit record, refusals that leave the database exactly as it
 * was, corrections that keep what was known (knownAt replays earlier answers),
 * and two writers racing on one relationship. Ids are prefixed per run; the
 * database is shared with other test files.
 */
import { systemViewer } from '../../src/domain/viewer';
import { startTestApi, type TestApi } from '../support/api';
import { storedUnder } from '../support/stored-state';
import { bearer, makeKey } from '../support/keys';

const P = `w${Date.now().toString(36)}-`;
const TEXT =
  'Alpha Minister invited Beta Chief to Gamma City. Beta Chief thanked Alpha Minister. Beta Chief thanked Alpha Minister.';
/** Authorization of the writer: a real `write` key, so the scopes plugin and the audit actor are the production ones. */
let writer: Record<string, string>;
let writerKeyId: string;

let api: TestApi;
let reader: TestApi;

beforeAll(async () => {
  api = await startTestApi();
  reader = await startTestApi();
  const made = await makeKey(api.driver, `${P}writer`, ['read', 'write']);
  writer = bearer(made.token);
  writerKeyId = made.key.id;
  await gqlOk(`mutation($input: AddDocumentInput!) { addDocument(input: $input) { entity { id } } }`, {
    input: { id: `${P}doc`, title: 'A test article', publisher: 'Test Press', published: '2025-04', text: TEXT },
  });
  for (const [id, kind, name] of [
    [`${P}alpha`, 'PERSON', 'Alpha Minister'],
    [`${P}beta`, 'PERSON', 'Beta Chief'],
    [`${P}gamma`, 'COUNTRY', 'Gamma'],
  ]) {
    await gqlOk(`mutation($input: CreateEntityInput!) { createEntity(input: $input) { entity { id } } }`, {
      input: { id, kind, name },
    });
  }
}, 180_000);

afterAll(async () => {
  await api.driver.executeQuery('MATCH (n:Entity) WHERE n.id STARTS WITH $p DETACH DELETE n', { p: P });
  await api.driver.executeQuery('MATCH (a:AuditRecord) WHERE any(id IN a.entityIds WHERE id STARTS WITH $p) DELETE a', {
    p: P,
  });
  await Promise.all([api.stop(), reader.stop()]);
});

async function gql(query: string, variables?: Record<string, unknown>, via: TestApi = api) {
  return (await via.gql(query, variables, via === api ? writer : {})).body;
}

async function gqlOk(query: string, variables?: Record<string, unknown>) {
  const body = await gql(query, variables);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const fingerprint = () => storedUnder(api.driver, P);

const ADD = `mutation($input: AddRelationshipInput!) {
  addRelationship(input: $input) {
    relationship { id version type fromId toId recordedAt sources { documentId quote start end recordedAt } }
    audit { operation actor { id name } before after }
  }
}`;

const invited = (extra: Record<string, unknown> = {}) => ({
  id: `${P}invited`,
  type: 'INVITED',
  from: `${P}alpha`,
  to: `${P}beta`,
  date: '2025-04-14',
  status: 'REPORTED',
  confidence: 0.9,
  qualifiers: { visitType: 'official' },
  sources: [{ documentId: `${P}doc`, quote: 'Alpha Minister invited Beta Chief' }],
  ...extra,
});

describe('refusals leave the database exactly as it was', () => {
  it.each([
    [
      'an end of a kind the type does not allow',
      { type: 'LEADS', id: `${P}r1` },
      'input.to',
      /LEADS cannot end at a Person/,
    ],
    [
      'a quote that is not in the text',
      { sources: [{ documentId: `${P}doc`, quote: 'Alpha invited' }] },
      'input.sources[0].quote',
      /not an exact substring/,
    ],
    [
      'an ambiguous quote without start',
      { sources: [{ documentId: `${P}doc`, quote: 'Beta Chief thanked Alpha Minister' }] },
      'input.sources[0].quote',
      /occurs 2 times .* give "start"/,
    ],
    [
      'a start where the quote is not',
      { sources: [{ documentId: `${P}doc`, quote: 'Beta Chief thanked', start: 3 }] },
      'input.sources[0].start',
      /does not start at 3/,
    ],
    ['a date and a span together', { since: '2025-01' }, 'input.date', /use one or the other/],
    ['an unknown end', { from: `${P}nobody` }, 'input.from', /no entity has the id/],
    [
      'an unknown document',
      { sources: [{ documentId: `${P}nodoc`, quote: 'x' }] },
      'input.sources[0].documentId',
      /no document/,
    ],
    ['a malformed date', { date: '2025-02-30' }, null, /February 2025 has 28 days/],
    ['confidence out of range', { confidence: 1.5 }, 'input.confidence', /from 0 to 1/],
  ])('%s', async (_name, change, path, message) => {
    const before = await fingerprint();
    const body = await gql(ADD, { input: invited(change) });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toMatch(message);
    if (path) expect(body.errors?.[0]?.extensions?.argument).toBe(path);
    expect(await fingerprint()).toBe(before);
  });

  it('refuses a mutation without the write scope (UNAUTHENTICATED) and writes nothing', async () => {
    const before = await fingerprint();
    const body = await gql(ADD, { input: invited() }, reader);
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await fingerprint()).toBe(before);
  });
});

describe('mutations, their audit records, and knownAt', () => {
  const ASK = `query($id: ID!, $at: DateTime) {
    entity(id: $id) { relationships(filter: { knownAt: $at }) { totalCount edges { node { id version type toId sources { quote } } } } }
    neighbourhood(id: $id, filter: { knownAt: $at }) { nodes { id } edges { id version } }
    timeline(id: $id, filter: { knownAt: $at }) { entries { relationship { id version } } }
  }`;
  let earlier: { at: string; answer: unknown };

  it('adds a relationship with offsets computed from the stored text, audited', async () => {
    const data = await gqlOk(ADD, { input: invited() });
    const { relationship, audit } = data.addRelationship;
    expect(relationship).toMatchObject({ id: `${P}invited`, version: 1, type: 'INVITED' });
    expect(relationship.sources).toEqual([
      {
        documentId: `${P}doc`,
        quote: 'Alpha Minister invited Beta Chief',
        start: 0,
        end: 33,
        recordedAt: relationship.recordedAt,
      },
    ]);
    expect(audit).toMatchObject({
      operation: 'addRelationship',
      actor: { id: writerKeyId, name: `${P}writer` },
      before: null,
    });
    expect(audit.after.id).toBe(`${P}invited`);
    const stats = await gqlOk(`{ stats { relationshipCount } }`);
    expect(stats.stats.relationshipCount).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 5));
    earlier = { at: new Date().toISOString(), answer: await gqlOk(ASK, { id: `${P}alpha` }) };
    await new Promise((r) => setTimeout(r, 5));
  });

  it('corrects it: version 2 written, version 1 retracted and linked, CONFLICT on a stale version', async () => {
    const UPDATE = `mutation($input: UpdateRelationshipInput!) {
      updateRelationship(input: $input) {
        relationship { version status confidence retraction { at } }
        previous { version retraction { by reason supersededBy } }
        audit { operation reason before after }
      }
    }`;
    const data = await gqlOk(UPDATE, {
      input: {
        id: `${P}invited`,
        expectedVersion: 1,
        confidence: 0.6,
        status: 'CLAIMED',
        reason: 'only Alpha says so',
      },
    });
    expect(data.updateRelationship).toMatchObject({
      relationship: { version: 2, status: 'CLAIMED', confidence: 0.6, retraction: null },
      previous: { version: 1, retraction: { by: writerKeyId, reason: 'only Alpha says so', supersededBy: 2 } },
      audit: { operation: 'updateRelationship', reason: 'only Alpha says so' },
    });
    expect(data.updateRelationship.audit.before.confidence).toBe(0.9);
    expect(data.updateRelationship.audit.after.confidence).toBe(0.6);

    const before = await fingerprint();
    const stale = await gql(UPDATE, { input: { id: `${P}invited`, expectedVersion: 1, confidence: 0.1 } });
    expect(stale.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/at version 2, not 1/),
      extensions: { code: 'CONFLICT', currentVersion: 2, expectedVersion: 1 },
    });
    expect(await fingerprint()).toBe(before);
  });

  it('adds a source and retracts one, each a new version with its audit record', async () => {
    const added = await gqlOk(
      `mutation($input: AddSourceInput!) { addSource(input: $input) { relationship { version sources { start } } audit { operation } } }`,
      { input: { relationshipId: `${P}invited`, source: { documentId: `${P}doc`, quote: 'Gamma City' } } },
    );
    expect(added.addSource).toEqual({
      relationship: { version: 3, sources: [{ start: 0 }, { start: 37 }] },
      audit: { operation: 'addSource' },
    });
    const retracted = await gqlOk(
      `mutation($input: RetractSourceInput!) { retractSource(input: $input) { relationship { version sources { start } } audit { operation reason } } }`,
      {
        input: { relationshipId: `${P}invited`, documentId: `${P}doc`, start: 37, reason: 'not about the invitation' },
      },
    );
    expect(retracted.retractSource).toEqual({
      relationship: { version: 4, sources: [{ start: 0 }] },
      audit: { operation: 'retractSource', reason: 'not about the invitation' },
    });
    const before = await fingerprint();
    const last = await gql(
      `mutation($input: RetractSourceInput!) { retractSource(input: $input) { relationship { version } } }`,
      { input: { relationshipId: `${P}invited`, documentId: `${P}doc`, start: 0, reason: 'x' } },
    );
    expect(last.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await fingerprint()).toBe(before);
  });

  it('updates an entity with its expected version; a stale one is CONFLICT', async () => {
    const UPDATE = `mutation($input: UpdateEntityInput!) { updateEntity(input: $input) { entity { name version aliases } audit { before after } } }`;
    const data = await gqlOk(UPDATE, { input: { id: `${P}beta`, expectedVersion: 1, aliases: ['the chief'] } });
    expect(data.updateEntity.entity).toEqual({ name: 'Beta Chief', version: 2, aliases: ['the chief'] });
    expect(data.updateEntity.audit.before.aliases).toEqual([]);
    const stale = await gql(UPDATE, { input: { id: `${P}beta`, expectedVersion: 1, name: 'B' } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
  });

  it('retracts the relationship: gone from answers now, still there with knownAt before', async () => {
    const data = await gqlOk(
      `mutation { retractRelationship(id: "${P}invited", reason: "the visit was called off") {
        relationship { version retraction { reason supersededBy } } audit { operation after } } }`,
    );
    expect(data.retractRelationship).toEqual({
      relationship: { version: 4, retraction: { reason: 'the visit was called off', supersededBy: null } },
      audit: { operation: 'retractRelationship', after: null },
    });
    const now = await gqlOk(ASK, { id: `${P}alpha` });
    expect(now.entity.relationships.totalCount).toBe(0);
    expect(now.neighbourhood.edges).toEqual([]);
    expect(await gqlOk(ASK, { id: `${P}alpha`, at: earlier.at })).toEqual(earlier.answer);
    const byId = await gqlOk(`{ relationship(id: "${P}invited") { version retraction { reason } } }`);
    expect(byId.relationship).toEqual({ version: 4, retraction: { reason: 'the visit was called off' } });
  });

  it('keeps every change in the audit log, newest first, filterable by relationship', async () => {
    const data = await gqlOk(
      `{ auditLog(filter: { relationshipId: "${P}invited" }) { edges { node { operation actor { id } } } } }`,
    );
    expect(data.auditLog.edges.map((e: any) => e.node.operation)).toEqual([
      'retractRelationship',
      'retractSource',
      'addSource',
      'updateRelationship',
      'addRelationship',
    ]);
  });
});

describe('two writers racing on one relationship', () => {
  it('exactly one wins; the other gets CONFLICT naming the version it lost to', async () => {
    await gqlOk(ADD, { input: invited({ id: `${P}race`, date: '2025-04-15' }) });
    const update = (confidence: number) =>
      gql(
        `mutation($input: UpdateRelationshipInput!) { updateRelationship(input: $input) { relationship { version confidence } } }`,
        { input: { id: `${P}race`, expectedVersion: 1, confidence } },
      );
    const results = await Promise.all([update(0.5), update(0.7)]);
    const wins = results.filter((r) => !r.errors);
    const losses = results.filter((r) => r.errors);
    expect(wins).toHaveLength(1);
    expect(losses).toHaveLength(1);
    expect(losses[0]!.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const { records } = await api.driver.executeQuery(
      `MATCH ()-[r {id: $id}]->() RETURN r.version AS v, r.retractedAt IS NULL AS current ORDER BY v`,
      { id: `${P}race` },
    );
    expect(records.map((r) => r.toObject())).toEqual([
      { v: 1, current: false },
      { v: 2, current: true },
    ]);
  });
});

test('the seed actor is the system viewer', () => {
  expect(systemViewer('seed').actor.id).toBe('system:seed');
});
