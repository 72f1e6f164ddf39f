/**
 * Quotes that survive an edited text, against a real Neo4j: article 101 is
 * stored with a typo, facts quote it (one quote twice in the text, one the
 * typo, one across a line that is later reflowed; one fact and one entity
 * quote stored as before contexts existed), then the text is replaced by a
 * version that fixes the typo, reflows whitespace and inserts a sentence
 * before the others. Every quote lands on the right words at the right place
 * or the change is refused; knownAt still reads the old offsets in the old text.
 */
import { readFileSync } from 'node:fs';

import { startTestApi, type TestApi } from '../support/api';
import { storedUnder } from '../support/stored-state';
import { bearer, makeKey } from '../support/keys';

const P = `dt${Date.now().toString(36)}-`;
const ARTICLE = readFileSync('/work/shared/test-articles/101_boasberg_impeachment_calls.txt', 'utf8');
const TYPO = 'the judge shuold be impeached';
/** What is stored first: the article with a typo in one quote. */
const OLD = ARTICLE.replace('the judge should be impeached', TYPO);
const INSERTED = 'The White House did not answer a request for comment. ';
/** The corrected article: typo fixed, one line reflowed, a sentence inserted before the others. */
const NEW = ARTICLE.replace('Chief U.S. District Judge', `${INSERTED}Chief U.S. District Judge`).replace(
  "El Salvador's Terrorism Confinement Center",
  "El Salvador's\n  Terrorism Confinement Center",
);

let api: TestApi;
let writer: Record<string, string>;
let reader: Record<string, string>;

async function gql(query: string, variables: Record<string, unknown> = {}, as = writer) {
  return (await api.gql(query, variables, as)).body;
}
async function ok(query: string, variables: Record<string, unknown> = {}) {
  const body = await gql(query, variables);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const doc = `${P}article`;
const at = (quote: string, occurrence = 0) => {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = OLD.indexOf(quote, start + 1);
  return start;
};
/** Facts quoting the article: id suffix, type, from, to, quote, which occurrence. */
const FACTS = [
  [
    'halt',
    'ORDERED_HALT',
    'boasberg',
    'deportations',
    'ordered the Trump administration on Saturday to stop deporting',
    0,
  ],
  ['impeach', 'CALLED_FOR_IMPEACHMENT_OF', 'trump', 'boasberg', `Trump wrote on social media that ${TYPO}`, 0],
  ['housed', 'HOUSED_IN', 'migrants', 'cecot', "the men were taken to El Salvador's Terrorism Confinement Center", 0],
  ['invoked', 'INVOKED', 'administration', 'aea', 'the Alien Enemies Act', 1],
  ['leads', 'LEADS', 'bukele', 'el-salvador', "El Salvador's president, Nayib Bukele", 0],
] as const;

beforeAll(async () => {
  api = await startTestApi();
  writer = bearer((await makeKey(api.driver, `${P}writer`, ['read', 'write'])).token);
  reader = bearer((await makeKey(api.driver, `${P}reader`, ['read'])).token);
  await ok(`mutation($input: AddDocumentInput!) { addDocument(input: $input) { entity { id } } }`, {
    input: {
      id: doc,
      title: 'Judge faces impeachment calls',
      publisher: 'Test Wire',
      published: '2025-03-18',
      text: OLD,
    },
  });
  const entities = [
    ['boasberg', 'PERSON', 'James E. Boasberg'],
    ['trump', 'PERSON', 'Donald Trump'],
    ['bukele', 'PERSON', 'Nayib Bukele'],
    ['deportations', 'EVENT', 'Deportations under the Alien Enemies Act'],
    ['migrants', 'GROUP', 'Deported Venezuelan men'],
    ['cecot', 'PRISON', 'Terrorism Confinement Center'],
    ['administration', 'GOVERNMENT', 'Trump administration'],
    ['aea', 'LAW', 'Alien Enemies Act'],
    ['el-salvador', 'COUNTRY', 'El Salvador'],
    ['tda', 'ORGANIZATION', 'Tren de Aragua'],
  ];
  for (const [id, kind, name] of entities) {
    await ok(`mutation($input: CreateEntityInput!) { createEntity(input: $input) { entity { id } } }`, {
      input: { id: `${P}${id}`, kind, name },
    });
  }
  for (const [id, type, from, to, quote, occurrence] of FACTS) {
    await ok(`mutation($input: AddRelationshipInput!) { addRelationship(input: $input) { relationship { id } } }`, {
      input: {
        id: `${P}${id}`,
        type,
        from: `${P}${from}`,
        to: `${P}${to}`,
        status: 'REPORTED',
        confidence: 0.9,
        sources: [{ documentId: doc, quote, start: at(quote, occurrence) }],
      },
    });
  }
  // Stored as before contexts and digests existed: one fact's lists removed, one entity quote written bare.
  await api.driver.executeQuery(
    `MATCH ()-[r {id: $id}]->() REMOVE r.sourcePrefixes, r.sourceSuffixes, r.sourceTextSha256`,
    { id: `${P}leads` },
  );
  const tda = 'Tren de Aragua, a gang that began in a Venezuelan prison';
  await api.driver.executeQuery(
    `MATCH (e:Entity {id: $id}) SET e.sourceDocumentIds = [$doc], e.sourceQuotes = [$quote],
       e.sourceStarts = [$start], e.sourceEnds = [$end], e.sourceAttributedTo = ['']`,
    { id: `${P}tda`, doc, quote: tda, start: OLD.indexOf(tda), end: OLD.indexOf(tda) + tda.length },
  );
}, 180_000);

afterAll(async () => {
  await api.driver.executeQuery('MATCH (n:Entity) WHERE n.id STARTS WITH $p DETACH DELETE n', { p: P });
  await api.driver.executeQuery('MATCH (r:DocumentRevision) WHERE r.documentId STARTS WITH $p DELETE r', { p: P });
  await api.driver.executeQuery('MATCH (k:ApiKey) WHERE k.name STARTS WITH $p DETACH DELETE k', { p: P });
  await api.stop();
});

const fingerprint = () => storedUnder(api.driver, P);

const REPLACE = `mutation($id: ID!, $text: String!, $reason: String!, $expectedSha256: String, $force: Boolean) {
  replaceDocumentText(id: $id, text: $text, reason: $reason, expectedSha256: $expectedSha256, force: $force) {
    document { id ... on Document { textSha256 textRevision } }
    retained { revision textSha256 }
    quotes { status relationshipId entityId before { quote start end } after { quote start end } score reason }
    relationships { id version sources { quote start end prefix suffix } }
    audit { operation reason entityIds relationshipIds }
  }
}`;

async function documentSha(): Promise<string> {
  const data = await ok(`query($id: ID!) { entity(id: $id) { ... on Document { textSha256 } } }`, { id: doc });
  return data.entity.textSha256;
}

describe('replaceDocumentText', () => {
  it('is FORBIDDEN to a read key, and writes nothing', async () => {
    const before = await fingerprint();
    const body = await gql(REPLACE, { id: doc, text: NEW, reason: 'corrected copy' }, reader);
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await fingerprint()).toBe(before);
  });

  it('is CONFLICT when the text read before is not the stored one, and writes nothing', async () => {
    const before = await fingerprint();
    const body = await gql(REPLACE, { id: doc, text: NEW, reason: 'x', expectedSha256: '0'.repeat(64) });
    expect(body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(body.errors?.[0]?.message).toMatch(/has SHA-256 [0-9a-f]{64}, not 0{64}/);
    expect(await fingerprint()).toBe(before);
  });

  it('refuses a text where a quote cannot be placed, names it, and writes nothing', async () => {
    const before = await fingerprint();
    const rewritten = NEW.replace("El Salvador's president, Nayib Bukele", 'The Salvadoran leader');
    const body = await gql(REPLACE, { id: doc, text: rewritten, reason: 'x', expectedSha256: await documentSha() });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toContain(`relationship "${P}leads"`);
    const placements = body.errors?.[0]?.extensions?.placements as Array<{ status: string; relationshipId: string }>;
    expect(placements.filter((p) => p.status === 'NOT_PLACED').map((p) => p.relationshipId)).toEqual([`${P}leads`]);
    expect(await fingerprint()).toBe(before);
  });

  it('re-anchors every quote at the right place, keeps the old text and the old versions', async () => {
    const sha = await documentSha();
    const knownBefore = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const data = await ok(REPLACE, { id: doc, text: NEW, reason: 'corrected copy from the wire', expectedSha256: sha });
    const change = data.replaceDocumentText;
    expect(change.retained).toEqual({ revision: 1, textSha256: sha });
    expect(change.document.textRevision).toBe(2);
    const byFact = new Map(
      change.quotes.map((q: { relationshipId: string | null; entityId: string }) => [
        q.relationshipId ?? q.entityId,
        q,
      ]),
    );
    const placed = (id: string) =>
      byFact.get(`${P}${id}`) as {
        status: string;
        score: number;
        before: { quote: string; start: number; end: number };
        after: { quote: string; start: number; end: number };
      };
    const statuses = Object.fromEntries(
      ['halt', 'impeach', 'housed', 'invoked', 'leads', 'tda'].map((id) => [id, placed(id).status]),
    );
    expect(statuses).toEqual({
      halt: 'EXACT',
      impeach: 'FUZZY',
      housed: 'FUZZY',
      invoked: 'EXACT',
      leads: 'EXACT',
      tda: 'EXACT',
    });
    for (const id of ['impeach', 'housed']) expect(placed(id).score).toBeGreaterThan(0.8);
    for (const q of change.quotes) expect(NEW.slice(q.after.start, q.after.end)).toBe(q.after.quote);
    expect(placed('impeach').after.quote).toBe('Trump wrote on social media that the judge should be impeached');
    expect(placed('housed').after.quote).toBe("the men were taken to El Salvador's\n  Terrorism Confinement Center");
    // The second "the Alien Enemies Act" (the proclamation's), not the first one, nor the one the insert moved there.
    const second = NEW.indexOf('the Alien Enemies Act', NEW.indexOf('the Alien Enemies Act') + 1);
    expect(placed('invoked').after.start).toBe(second);
    expect(placed('leads').after.start).toBe(NEW.indexOf("El Salvador's president, Nayib Bukele"));
    expect(placed('leads').before.start).toBe(at("El Salvador's president, Nayib Bukele"));
    expect(change.relationships.map((r: { version: number }) => r.version)).toEqual(FACTS.map(() => 2));
    expect(change.audit).toMatchObject({ operation: 'replaceDocumentText', reason: 'corrected copy from the wire' });
    expect(change.audit.entityIds).toEqual([doc, `${P}tda`]);

    // Now: the new offsets, in the new text; the entity's quote moved in place.
    const now = await ok(
      `query($id: ID!, $e: ID!) {
        relationship(id: $id) { version sources { quote start end textSha256 context(chars: 10) } }
        entity(id: $e) { sources { quote start end } }
        doc: entity(id: "${doc}") { ... on Document { text textSha256 textRevisions { revision text replacedBy } } }
      }`,
      { id: `${P}impeach`, e: `${P}tda` },
    );
    expect(now.doc.text).toBe(NEW);
    expect(now.doc.textRevisions).toEqual([{ revision: 1, text: OLD, replacedBy: expect.any(String) }]);
    const [source] = now.relationship.sources;
    expect(source.textSha256).toBe(now.doc.textSha256);
    expect(NEW.slice(source.start, source.end)).toBe(source.quote);
    const [tda] = now.entity.sources;
    expect(NEW.slice(tda.start, tda.end)).toBe(tda.quote);
    expect(tda.start).toBe(NEW.indexOf(tda.quote));

    // knownAt before the change: version 1, the old offsets, read in the retained old text.
    const then = await ok(
      `query($id: ID!, $knownAt: DateTime) {
        relationship(id: $id, knownAt: $knownAt) { version sources { quote start end textSha256 prefix context(chars: 10) } }
      }`,
      { id: `${P}impeach`, knownAt: knownBefore },
    );
    const [old] = then.relationship.sources;
    expect(then.relationship.version).toBe(1);
    expect(old).toMatchObject({
      quote: `Trump wrote on social media that ${TYPO}`,
      start: at(old.quote),
      textSha256: sha,
    });
    expect(OLD.slice(old.start, old.end)).toBe(old.quote);
    expect(old.context).toBe(`…${OLD.slice(old.start - 10, old.end + 10)}…`);
    expect(old.prefix).toBe(OLD.slice(old.start - 32, old.start));
  });
});
