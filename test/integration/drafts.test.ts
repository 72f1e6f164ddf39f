/**
 * Drafts against a real Neo4j with the seed graph loaded: article 101 is
 * proposed (mentions of the seed's entities linked, never proposed anew),
 * reviewed (accepts, a rejection, a relationship from a selected span),
 * refused once (database unchanged) and committed in one transaction with one
 * audit record; then a path from the judge 101 names reaches a seed entity
 * with every hop sourced. Drafts stay invisible to reads, refuse edits once
 * committed, need the write scope and survive a new server on the same store.
 * The fingerprints cover the whole database, so this file runs its own Neo4j.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { repoRoot } from '../../src/local-neo4j';
import { startTestApi, type TestApi } from '../support/api';
import { storedGraph } from '../support/stored-state';
import { bearer, makeKey } from '../support/keys';
import { startOwnNeo4j, type OwnNeo4j } from '../support/own-neo4j';

const RUN = `drafts-${process.pid}-${Date.now()}`;
const FILE = join(repoRoot(), 'test/fixtures/seeds/test-articles/articles/101_boasberg_impeachment_calls.txt');
const TEXT = readFileSync(FILE, 'utf8');
const DRAFT = `id state revision entities { id kind name state }
  mentions { id surface start end entity { entityId proposalId name } }
  proposals { id type state quote start end extraSources { quote start end } from { entityId proposalId name } to { entityId proposalId name } history { state actor { id } note } }
  commit { auditId documentId entities { proposalId id } relationships { proposalId id } }`;

let own: OwnNeo4j;
let api: TestApi;
let writer: Record<string, string>;
let reader: Record<string, string>;
let writerId: string;

beforeAll(async () => {
  own = await startOwnNeo4j('drafts');
  api = await startTestApi(own.env);
  const made = await makeKey(api.driver, `${RUN} writer`, ['read', 'write']);
  writer = bearer(made.token);
  writerId = made.key.id;
  reader = bearer((await makeKey(api.driver, `${RUN} reader`, ['read'])).token);
}, 240_000);
afterAll(async () => {
  await api?.stop();
  await own?.stop();
});

async function ok(query: string, variables: Record<string, unknown> = {}, headers = writer) {
  const res = await api.gql(query, variables, headers);
  if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
  return res.body.data;
}

const fingerprint = () => storedGraph(api.driver);

const READS = `{ stats { entityCount relationshipCount sourceCount entitiesByKind { kind count } }
  search(text: "Boasberg Terrorism Confinement Center", first: 20) { entity { id } }
  entities(first: 100) { edges { node { id } } } }`;
const PROPOSE = `mutation($input: ProposeFromTextInput!) { proposeFromText(input: $input) { ${DRAFT} } }`;
const input = {
  title: 'Judge who halted Alien Enemies Act flights faces impeachment calls',
  publisher: 'Test Wire',
  published: '2025-03-19',
  url: 'https://example.test/101',
  text: TEXT,
};

it('a read key cannot propose (FORBIDDEN), and nothing is stored', async () => {
  const before = await fingerprint();
  const res = await api.gql(PROPOSE, { input }, reader);
  expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  expect(await fingerprint()).toBe(before);
});

describe('article 101 from text to graph', () => {
  let draft: any;
  let readsBefore: unknown;

  beforeAll(async () => {
    readsBefore = await ok(READS, {}, reader);
    const t0 = performance.now();
    draft = (await ok(PROPOSE, { input })).proposeFromText;
    console.log(
      `proposeFromText(101): ${(performance.now() - t0).toFixed(0)} ms; ${draft.mentions.length} mentions, ${draft.entities.length} entity proposals, ${draft.proposals.length} relationship proposals`,
    );
  }, 60_000);

  const proposal = (pred: (p: any) => boolean) => draft.proposals.find(pred);
  const entity = (name: string) => draft.entities.find((e: any) => e.name === name);
  const review = async (query: string, variables: Record<string, unknown>) => {
    const data = await ok(query, variables);
    draft = Object.values(data as object)[0];
    return draft;
  };

  it('links every mention of an entity the seed graph has, and proposes none of them anew', async () => {
    // Every occurrence of each name lies inside a mention linked to the seed entity's id.
    for (const [name, id] of <Array<[string, string]>>[
      ['Nayib Bukele', 'nayib-bukele'],
      ['Tren de Aragua', 'tren-de-aragua'],
      ['Alien Enemies Act', 'alien-enemies-act-1798'],
      ['El Salvador', 'el-salvador'],
      ['Trump', 'donald-trump'],
    ]) {
      let occurrences = 0;
      for (let at = TEXT.indexOf(name); at !== -1; at = TEXT.indexOf(name, at + 1)) {
        if (TEXT.startsWith('Trump administration', at)) continue; // the seed's trump-administration
        occurrences++;
        // An event's clause may hold it ("deporting Venezuelans under the Alien Enemies Act"): one of the mentions there.
        const ids = draft.mentions
          .filter((x: any) => x.start <= at && at + name.length <= x.end)
          .map((x: any) => x.entity.entityId);
        expect([name, at, ids]).toEqual([name, at, expect.arrayContaining([id])]);
      }
      expect(occurrences).toBeGreaterThan(0);
    }
    const names = draft.entities.map((e: any) => e.name.toLowerCase());
    for (const known of ['nayib bukele', 'donald trump', 'tren de aragua', 'alien enemies act', 'el salvador']) {
      expect(names).not.toContain(known);
    }
    for (const m of draft.mentions) expect(TEXT.slice(m.start, m.end)).toBe(m.surface);
  });

  it('is invisible to every read: stats, search and entities answer as before', async () => {
    expect(await ok(READS, {}, reader)).toEqual(readsBefore);
    const listed = await ok('{ drafts(first: 5) { edges { node { id state } } } }', {}, reader);
    expect(listed.drafts.edges.map((e: any) => e.node.id)).toContain(draft.id);
  });

  it('refuses a commit naming the proposal and field, and leaves the database exactly as it was', async () => {
    const invokes = proposal((p: any) => p.type === 'INVOKED');
    const i = draft.proposals.indexOf(invokes);
    await review(`mutation($d: ID!, $p: ID!) { acceptProposal(draftId: $d, proposalId: $p) { ${DRAFT} } }`, {
      d: draft.id,
      p: invokes.id,
    });
    // LEADS to a Law breaks the kind's allowed ends: the write path's own validator refuses it.
    await review(
      `mutation($input: EditRelationshipProposalInput!) { editRelationshipProposal(input: $input) { ${DRAFT} } }`,
      { input: { draftId: draft.id, proposalId: invokes.id, type: 'LEADS' } },
    );
    expect(draft.proposals[i].state).toBe('EDITED');
    const before = await fingerprint();
    const res = await api.gql(`mutation($id: ID!) { commitDraft(id: $id) { id } }`, { id: draft.id }, writer);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.body.errors?.[0]?.extensions?.problems?.[0]?.path).toBe(`proposals[${i}].to`);
    expect(await fingerprint()).toBe(before);
    await review(
      `mutation($input: EditRelationshipProposalInput!) { editRelationshipProposal(input: $input) { ${DRAFT} } }`,
      { input: { draftId: draft.id, proposalId: invokes.id, type: 'INVOKED' } },
    );
  });

  it('commits the accepted proposals and a relationship from a selected span in one change; a path from the judge is sourced', async () => {
    const judge = entity('James E. Boasberg');
    const cecot = entity('Terrorism Confinement Center');
    const impeach = proposal((p: any) => p.type === 'CALLED_FOR_IMPEACHMENT_OF' && p.quote.startsWith('Trump wrote'));
    const accept = `mutation($d: ID!, $p: ID!) { acceptProposal(draftId: $d, proposalId: $p) { ${DRAFT} } }`;
    for (const p of [judge.id, cecot.id, impeach.id]) await review(accept, { d: draft.id, p });
    await review(`mutation($d: ID!, $p: ID!) { rejectProposal(draftId: $d, proposalId: $p) { ${DRAFT} } }`, {
      d: draft.id,
      p: proposal((p: any) => p.type === 'CALLED_FOR_IMPEACHMENT_OF' && p !== impeach).id,
    });
    const span = "El Salvador's Terrorism Confinement Center";
    const start = TEXT.indexOf(span);
    await review(
      `mutation($input: AddRelationshipProposalInput!) { addRelationshipProposal(input: $input) { ${DRAFT} } }`,
      {
        input: {
          draftId: draft.id,
          type: 'LOCATED_IN',
          from: { proposalId: cecot.id },
          to: { entityId: 'el-salvador' },
          start,
          end: start + span.length,
          status: 'REPORTED',
          confidence: 0.9,
        },
      },
    );
    const added = draft.proposals.at(-1);
    expect(added).toMatchObject({
      quote: span,
      state: 'ACCEPTED',
      history: [{ state: 'ACCEPTED', actor: { id: writerId } }],
    });

    // The same fact stated again earlier in the text: an extra source of the accepted proposal.
    const again = 'became the target of impeachment calls from President Donald Trump';
    const extra = { draftId: draft.id, proposalId: impeach.id, start: TEXT.indexOf(again) };
    const ADD_SOURCE = `mutation($input: ProposalSourceInput!) { addProposalSource(input: $input) { ${DRAFT} } }`;
    await review(ADD_SOURCE, { input: { ...extra, end: extra.start + again.length } });
    const withExtra = draft.proposals.find((p: any) => p.id === impeach.id);
    expect(withExtra).toMatchObject({
      state: 'EDITED',
      extraSources: [{ quote: again, start: extra.start, end: extra.start + again.length }],
    });
    // A span past the text and the same span twice are refused, each naming what it expected; the draft is unchanged.
    const stored = await ok(`query($id: ID!) { draft(id: $id) { ${DRAFT} } }`, { id: draft.id });
    for (const [end, message] of [
      [TEXT.length + 5, `expected 0 <= start < end <= ${TEXT.length}`],
      [extra.start + again.length, 'expected a span that is not yet a source of'],
    ] as const) {
      const res = await api.gql(ADD_SOURCE.replace(DRAFT, 'id'), { input: { ...extra, end } }, writer);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.body.errors?.[0]?.message).toContain(message);
    }
    expect(await ok(`query($id: ID!) { draft(id: $id) { ${DRAFT} } }`, { id: draft.id })).toEqual(stored);

    const committed = (await ok(`mutation($id: ID!) { commitDraft(id: $id) { ${DRAFT} } }`, { id: draft.id }))
      .commitDraft;
    expect(committed.state).toBe('COMMITTED');
    const written = committed.commit.relationships.find((r: any) => r.proposalId === impeach.id).id;
    const sources = await ok(`query($id: ID!) { relationship(id: $id) { sources { documentId quote } } }`, {
      id: written,
    });
    expect(sources.relationship.sources).toHaveLength(2);
    expect(sources.relationship.sources).toEqual(
      expect.arrayContaining([
        { documentId: committed.commit.documentId, quote: impeach.quote },
        { documentId: committed.commit.documentId, quote: again },
      ]),
    );
    expect(committed.commit.relationships.map((r: any) => r.proposalId).sort()).toEqual(
      [impeach.id, added.id, proposal((p: any) => p.type === 'INVOKED').id].sort(),
    );
    const judgeId = committed.commit.entities.find((e: any) => e.proposalId === judge.id).id;
    const audits = await api.driver.executeQuery(
      'MATCH (a:AuditRecord {operation: "commitDraft"}) WHERE a.reason = $r RETURN a.id AS id',
      { r: `draft ${draft.id}` },
    );
    expect(audits.records.map((r) => r.get('id'))).toEqual([committed.commit.auditId]);

    const found = await ok(
      `query($from: ID!) { path(from: $from, to: "tren-de-aragua") { reason path { length hops { from { id } to { id } relationship { type sources { documentId quote } } } } } }`,
      { from: judgeId },
      reader,
    );
    const hops = found.path.path.hops;
    expect(hops.length).toBeGreaterThan(1);
    expect(hops[0].from.id).toBe(judgeId);
    for (const hop of hops) expect(hop.relationship.sources.length).toBeGreaterThan(0);
    expect(hops[0].relationship.sources[0].documentId).toBe(committed.commit.documentId);
    draft = committed;
  });

  it('a committed draft refuses every change with CONFLICT and changes nothing', async () => {
    const before = await fingerprint();
    const res = await api.gql(
      `mutation($d: ID!, $p: ID!) { rejectProposal(draftId: $d, proposalId: $p) { id } }`,
      {
        d: draft.id,
        p: draft.proposals[0].id,
      },
      writer,
    );
    expect(res.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(res.body.errors?.[0]?.message).toMatch(/read-only/);
    const again = await api.gql(`mutation($id: ID!) { commitDraft(id: $id) { id } }`, { id: draft.id }, writer);
    expect(again.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await fingerprint()).toBe(before);
  });

  it('survives a restart: a new server on the same database reads the draft as it was', async () => {
    const other = await startTestApi(own.env);
    try {
      const res = await other.gql(`query($id: ID!) { draft(id: $id) { ${DRAFT} } }`, { id: draft.id });
      expect(res.body.data.draft).toEqual(draft);
    } finally {
      await other.stop();
    }
  });
});

describe('a draft of a stored document', () => {
  it('quotes the stored text, links a mention in review, and commits without a second document', async () => {
    const doc = `${RUN}-doc`.replace(/[^a-z0-9]+/g, '-');
    await ok(`mutation($input: AddDocumentInput!) { addDocument(input: $input) { entity { id } } }`, {
      input: { id: doc, title: 'Article 101, stored', publisher: 'Test Wire', published: '2025-03-19', text: TEXT },
    });
    let draft = (await ok(`mutation($d: ID!) { proposeFromDocument(documentId: $d) { ${DRAFT} } }`, { d: doc }))
      .proposeFromDocument;
    const nothing = await api.gql(`mutation($id: ID!) { commitDraft(id: $id) { id } }`, { id: draft.id }, writer);
    expect(nothing.body.errors?.[0]?.message).toMatch(/^proposals: nothing to commit/);

    // The reviewer knows the prison 101 names is the seed's unnamed "supermax prison".
    const cecot = draft.mentions.find((m: any) => m.surface === 'Terrorism Confinement Center');
    draft = (
      await ok(
        `mutation($d: ID!, $m: ID!, $r: Int) { linkMention(draftId: $d, mentionId: $m, to: { entityId: "supermax-prison" }, expectedRevision: $r) { ${DRAFT} } }`,
        { d: draft.id, m: cecot.id, r: draft.revision },
      )
    ).linkMention;
    expect(draft.mentions.find((m: any) => m.id === cecot.id).entity).toEqual({
      entityId: 'supermax-prison',
      proposalId: null,
      name: expect.any(String),
    });
    const stale = await api.gql(
      `mutation($d: ID!, $p: ID!) { acceptProposal(draftId: $d, proposalId: $p, expectedRevision: 1) { id } }`,
      { d: draft.id, p: draft.proposals[0].id },
      writer,
    );
    expect(stale.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const invokes = draft.proposals.find((p: any) => p.type === 'INVOKED');
    await ok(`mutation($d: ID!, $p: ID!) { acceptProposal(draftId: $d, proposalId: $p) { id } }`, {
      d: draft.id,
      p: invokes.id,
    });
    const committed = (await ok(`mutation($id: ID!) { commitDraft(id: $id) { ${DRAFT} } }`, { id: draft.id }))
      .commitDraft;
    expect(committed.commit.documentId).toBe(doc);
    expect(committed.commit.entities).toEqual([]);
    const rel = await ok(
      `query($id: ID!) { relationship(id: $id) { type fromId toId sources { documentId quote start } } }`,
      { id: committed.commit.relationships[0].id },
      reader,
    );
    expect(rel.relationship).toEqual({
      type: 'INVOKED',
      fromId: invokes.from.entityId,
      toId: 'alien-enemies-act-1798',
      sources: [{ documentId: doc, quote: invokes.quote, start: invokes.start }],
    });
  });
});

describe('long articles', () => {
  /** About 3,000 words: the test articles and the seed article, repeated. */
  const long = (words: number) => {
    const seed = readFileSync(join(__dirname, '..', '..', 'seeds', 'articles', '000_b0502ea1321b6f98.txt'), 'utf8');
    const parts: string[] = [];
    while (parts.join('\n\n').split(/\s+/).length < words) parts.push(TEXT, seed);
    return parts.join('\n\n');
  };

  it('proposes a 3,000-word article (past maxStringLength, within maxDocumentLength)', async () => {
    const text = long(3000);
    expect(text.length).toBeGreaterThan(10_000);
    const t0 = performance.now();
    const res = await api.gql(
      `mutation($input: ProposeFromTextInput!) { proposeFromText(input: $input) { id proposals { id } mentions { id } } }`,
      { input: { ...input, text } },
      writer,
    );
    const ms = performance.now() - t0;
    expect(res.body.errors).toBeUndefined();
    console.log(
      `proposeFromText(${text.split(/\s+/).length} words, ${text.length} chars): ${ms.toFixed(0)} ms; ${res.body.data.proposeFromText.mentions.length} mentions, ${res.body.data.proposeFromText.proposals.length} relationship proposals`,
    );
  }, 60_000);

  it('refuses a text past maxDocumentLength with LIMIT_EXCEEDED naming the limit, before any statement', async () => {
    const small = await startTestApi({ ...own.env, MAX_DOCUMENT_LENGTH: '1000' });
    try {
      const res = await small.gql(
        `mutation($input: ProposeFromTextInput!) { proposeFromText(input: $input) { id } }`,
        { input },
        writer,
      );
      expect(res.body.errors?.[0]?.extensions).toMatchObject({
        code: 'LIMIT_EXCEEDED',
        limit: 'maxDocumentLength',
        value: 1000,
      });
      expect(res.body.extensions?.newsgraph?.cypherStatements ?? 0).toBe(0);
    } finally {
      await small.stop();
    }
  });
});
