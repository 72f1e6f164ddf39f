import { startTestApi, type TestApi } from '../support/api';
import { FixtureGraph } from '../support/fixture-graph';

/**
 * `entity(id)` reads the relationship pages its selection asks for (two
 * levels) in the same statement as the entity. These tests hold it to the
 * answers of the loaders' own path: the same selection under
 * `entities(filter: { ids })`, which reads one level per statement.
 */
let api: TestApi;
const f = new FixtureGraph('lookahead');
const people: string[] = [];
const orgs: string[] = [];

beforeAll(async () => {
  api = await startTestApi();
  for (let i = 0; i < 3; i++) {
    orgs.push(f.entity(f.id(`org${i}`), 'Organization', `Lookahead org ${i}`, { category: `kind ${i}` }, [`LA${i}`]));
  }
  for (let i = 0; i < 30; i++) people.push(f.person(`p${String(i).padStart(2, '0')}`));
  people.forEach((person, i) => {
    // Every person joins org0 (the hub); some join others; dates repeat so the sort needs its id tiebreak.
    const month = String((i % 6) + 1).padStart(2, '0');
    const temporal = i % 5 === 0 ? {} : { since: { value: `2024-${month}`, precision: 'MONTH' as const } };
    f.relate('AFFILIATED_WITH', person, orgs[0]!, { temporal, confidence: 0.5 + (i % 5) / 10 });
    if (i % 2 === 0) f.relate('AFFILIATED_WITH', person, orgs[1]!, { temporal });
    if (i % 3 === 0) f.relate('AFFILIATED_WITH', person, orgs[2]!, { sources: 2 });
    if (i > 0) f.relate('INVITED', people[i - 1]!, person, { status: i % 4 === 0 ? 'ALLEGED' : 'REPORTED' });
  });
  await f.write(api.driver);
});
afterAll(async () => {
  await f.remove(api.driver);
  await api.stop();
});

const SELECTION = `
  id name kind
  relationships(filter: { types: [AFFILIATED_WITH], direction: OUTGOING }, first: 10) {
    totalCount pageInfo { hasNextPage endCursor }
    edges {
      cursor direction
      node { id type status confidence since { value precision } sources { quote start end } from { id } to { id } }
      other {
        id name
        relationships(filter: { types: [AFFILIATED_WITH], direction: INCOMING }, first: 5) {
          totalCount pageInfo { hasNextPage endCursor }
          edges { cursor node { id confidence } other { id name } }
        }
      }
    }
  }`;

/** The answer for `selection` at `id` through `entity(id)`, and through the loaders' path. */
async function bothWays(selection: string, variables: Record<string, unknown>, fragments = '') {
  const defs = Object.keys(variables)
    .filter((v) => v !== 'id')
    .map((v) => `, $${v}: ${TYPES[v]}`)
    .join('');
  const ahead = await api.gql(`query($id: ID!${defs}) { entity(id: $id) { ${selection} } } ${fragments}`, variables);
  const loaded = await api.gql(
    `query($id: ID!${defs}) { entities(filter: { ids: [$id] }) { edges { node { ${selection} } } } } ${fragments}`,
    variables,
  );
  expect(ahead.body.errors).toBeUndefined();
  expect(loaded.body.errors).toBeUndefined();
  return {
    ahead: ahead.body.data.entity,
    loaded: loaded.body.data.entities.edges[0].node,
    statements: ahead.body.extensions.newsgraph.cypherStatements as number,
    loadedStatements: loaded.body.extensions.newsgraph.cypherStatements as number,
  };
}
const TYPES: Record<string, string> = { after: 'String', skipSecond: 'Boolean!', first: 'Int' };

describe('entity(id) reads its relationship pages ahead', () => {
  it('answers an entity with relationships two levels deep in one statement, as the loaders would', async () => {
    const { ahead, loaded, statements, loadedStatements } = await bothWays(SELECTION, { id: people[0] });
    expect(ahead).toEqual(loaded);
    expect(ahead.relationships.totalCount).toBe(3);
    expect(ahead.relationships.edges.map((e: any) => e.other.id).sort()).toEqual([...orgs].sort());
    const hub = ahead.relationships.edges.find((e: any) => e.other.id === orgs[0]);
    expect(hub.other.relationships.totalCount).toBe(30);
    expect(hub.other.relationships.pageInfo.hasNextPage).toBe(true);
    expect(hub.other.relationships.edges).toHaveLength(5);
    expect(statements).toBe(1);
    expect(loadedStatements).toBeGreaterThanOrEqual(3);
  });

  it('keeps each page in its sort order, dates first and undated last, id breaking ties', async () => {
    const { ahead } = await bothWays(SELECTION, { id: people[0] });
    const hub = ahead.relationships.edges.find((e: any) => e.other.id === orgs[0]);
    expect(hub.other.relationships.edges.map((e: any) => e.node.id)).toEqual(hubOrder().slice(0, 5));
  });

  it('pages on from a cursor in one statement, matching the loaders', async () => {
    const first = await bothWays(
      `relationships(filter: { types: [AFFILIATED_WITH], direction: INCOMING }, sort: { field: ID, order: ASC }, first: 12) {
        totalCount pageInfo { endCursor } edges { node { id } other { id } } }`,
      { id: orgs[0] },
    );
    const after = first.ahead.relationships.pageInfo.endCursor;
    const next = await bothWays(
      `relationships(filter: { types: [AFFILIATED_WITH], direction: INCOMING }, sort: { field: ID, order: ASC }, first: 12, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { id } other { id } } }`,
      { id: orgs[0], after },
    );
    expect(next.ahead).toEqual(next.loaded);
    expect(next.statements).toBe(1);
    const ids = [...first.ahead.relationships.edges, ...next.ahead.relationships.edges].map((e: any) => e.node.id);
    expect(new Set(ids).size).toBe(24);
    expect([...ids].sort()).toEqual(ids);
  });

  it('follows aliases, fragments, kind conditions and @skip, still in one statement', async () => {
    const selection = `
      ...Head
      ... on Person {
        joined: relationships(filter: { types: [AFFILIATED_WITH], direction: OUTGOING }, first: 2) { ...Page }
      }
      invited: relationships(filter: { types: [INVITED], statuses: [REPORTED] }, sort: { field: CONFIDENCE, order: DESC }) {
        totalCount edges { node { id status } other { id } }
      }
      skipped: relationships(first: 1) @skip(if: $skipSecond) { totalCount }`;
    const fragments = `
      fragment Head on Entity { id name }
      fragment Page on RelationshipConnection {
        totalCount edges { node { id } other { id ... on Organization { relationships(first: 3, sort: { field: ID, order: DESC }) { edges { node { id } } } } } }
      }`;
    const { ahead, loaded, statements } = await bothWays(selection, { id: people[6], skipSecond: true }, fragments);
    expect(ahead).toEqual(loaded);
    expect(ahead.skipped).toBeUndefined();
    expect(ahead.joined.edges).toHaveLength(2);
    expect(ahead.joined.edges[0].other.relationships.edges).toHaveLength(3);
    expect(ahead.invited.edges.every((e: any) => e.node.status === 'REPORTED')).toBe(true);
    expect(ahead.invited.totalCount).toBe(2);
    expect(statements).toBe(1);
  });

  it('leaves a page with bad arguments to its resolver, which names the argument at its path', async () => {
    const res = await api.gql(
      `query($id: ID!) { entity(id: $id) { id
        good: relationships(first: 2) { totalCount }
        bad: relationships(first: -1) { totalCount } } }`,
      { id: people[1] },
    );
    expect(res.body.data?.entity ?? null).toBeNull();
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0]!.path).toEqual(['entity', 'bad']);
    expect(res.body.errors![0]!.message).toMatch(/"first" must be zero or more/);
    expect(res.body.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('reports an unknown id as not found, whatever the selection asks for', async () => {
    const res = await api.gql(`{ entity(id: "lookahead-nobody") { ${SELECTION} } }`);
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0]!.extensions?.code).toBe('NOT_FOUND');
    expect(res.body.errors![0]!.message).toMatch(/lookahead-nobody/);
  });

  it('reads a third level through the loaders, in one more statement', async () => {
    const selection = `id relationships(filter: { types: [INVITED], direction: OUTGOING }) { edges { other { id
      relationships(filter: { types: [INVITED], direction: OUTGOING }) { edges { other { id
        relationships(filter: { types: [INVITED], direction: OUTGOING }) { edges { other { id } } } } } } } } }`;
    // Too deep to nest under entities(…) within maxQueryDepth: checked against the fixture instead.
    const res = await api.gql(`query($id: ID!) { entity(id: $id) { ${selection} } }`, { id: people[0] });
    expect(res.body.errors).toBeUndefined();
    const ahead = res.body.data.entity;
    const statements = res.body.extensions.newsgraph.cypherStatements;
    expect(ahead.relationships.edges.map((e: any) => e.other.id)).toEqual([people[1]]);
    const third = ahead.relationships.edges[0].other.relationships.edges[0].other.relationships.edges;
    expect(third.map((e: any) => e.other.id)).toEqual([people[3]]);
    expect(statements).toBe(2);
  });
});

describe('a page reads only what its selection asks for', () => {
  const FILTER = 'filter: { types: [AFFILIATED_WITH], direction: OUTGOING }';

  it('answers a lean and a full selection of the same page each rightly, in one statement', async () => {
    const selection = `id
      lean: relationships(${FILTER}) { edges { node { id } other { id name } } }
      full: relationships(${FILTER}) {
        edges { node { id sources { quote } } other { id name aliases ... on Organization { category } } }
      }`;
    const { ahead, loaded, statements } = await bothWays(selection, { id: people[0] });
    expect(ahead).toEqual(loaded);
    expect(statements).toBe(1);
    const byOrg = (edges: any[]) => [...edges].sort((a, b) => (a.other.id < b.other.id ? -1 : 1));
    const full = byOrg(ahead.full.edges);
    expect(full.map((e: any) => e.other.aliases)).toEqual([['LA0'], ['LA1'], ['LA2']]);
    expect(full.map((e: any) => e.other.category)).toEqual(['kind 0', 'kind 1', 'kind 2']);
    expect(full.map((e: any) => e.node.sources.length)).toEqual([1, 1, 2]);
    expect(byOrg(ahead.lean.edges).map((e: any) => [e.node.id, e.other.name])).toEqual(
      full.map((e: any) => [e.node.id, e.other.name]),
    );
  });

  it('reads the far ends whole when the ends of the relationship are asked for', async () => {
    const selection = `relationships(${FILTER}) {
      edges { node { from { id aliases } to { id aliases } explanation } other { id } } }`;
    const { ahead, loaded, statements } = await bothWays(selection, { id: people[3] });
    expect(ahead).toEqual(loaded);
    expect(statements).toBe(1);
    const ends = ahead.relationships.edges.map((e: any) => e.node.to);
    expect(ends.map((to: any) => to.aliases).sort()).toEqual([['LA0'], ['LA2']]);
    expect(ahead.relationships.edges[0].node.explanation).toMatch(/Lookahead org/);
  });
});

/** org0's memberships as the fixture made them, in DATE ASC order: earliest day, undated last, then id. */
function hubOrder(): string[] {
  const rels = f.graph().relationships.filter((r) => r.toId === orgs[0]);
  const day = (r: (typeof rels)[number]) => (r.temporal.since ? `${r.temporal.since.value}-01` : '9999-12-31');
  return rels.sort((a, b) => (day(a) === day(b) ? (a.id < b.id ? -1 : 1) : day(a) < day(b) ? -1 : 1)).map((r) => r.id);
}
