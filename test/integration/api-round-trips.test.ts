import { startTestApi, type TestApi } from '../support/api';
import { FixtureGraph } from '../support/fixture-graph';

let api: TestApi;
const small = new FixtureGraph('rtsmall');
const large = new FixtureGraph('rtlarge');

/** n people in a ring, each also linked to the one three further on: every entity has 4 relationships. */
function ring(f: FixtureGraph, n: number): string[] {
  const ids = Array.from({ length: n }, (_, i) => f.person(`p${i}`));
  ids.forEach((id, i) => {
    f.relate('PARTNERED_WITH', id, ids[(i + 1) % n]!);
    f.relate('INVITED', id, ids[(i + 3) % n]!);
  });
  return ids;
}

let smallIds: string[];
let largeIds: string[];
beforeAll(async () => {
  api = await startTestApi();
  smallIds = ring(small, 8);
  largeIds = ring(large, 60);
  await small.write(api.driver);
  await large.write(api.driver);
});
afterAll(async () => {
  await small.remove(api.driver);
  await large.remove(api.driver);
  await api.stop();
});

const NESTED = `query($ids: [ID!]) {
  entities(filter: { ids: $ids }, first: 60) {
    edges { node { id name degree
      relationships(first: 5) { edges { node { type sources { quote document { id } } from { name } to { name } }
        other { id name degree
          relationships(first: 5) { edges { other { id name } node { explanation } } } } } } } }
  }
}`;

describe('a nested query makes a bounded number of Cypher round trips', () => {
  it('does not grow with the number of entities (entities -> relationships -> other end -> their relationships)', async () => {
    const a = await api.gql(NESTED, { ids: smallIds });
    const b = await api.gql(NESTED, { ids: largeIds });
    expect(a.body.errors).toBeUndefined();
    expect(b.body.errors).toBeUndefined();
    expect(a.body.data.entities.edges).toHaveLength(8);
    expect(b.body.data.entities.edges).toHaveLength(60);
    const touched = b.body.data.entities.edges.flatMap((e: any) =>
      e.node.relationships.edges.flatMap((r: any) => r.other.relationships.edges),
    );
    expect(touched.length).toBeGreaterThan(60 * 4 * 3);
    const statementsSmall = a.body.extensions.newsgraph.cypherStatements;
    const statementsLarge = b.body.extensions.newsgraph.cypherStatements;
    expect(statementsLarge).toBe(statementsSmall);
    expect(statementsLarge).toBeLessThanOrEqual(7);
  });

  it('a depth-2 neighbourhood costs two statements, with edges and ends drawn from them', async () => {
    const res = await api.gql(
      `{ neighbourhood(id: "${largeIds[0]}", depth: 2) { nodes { id name kind } edges { id fromId toId from { name } to { name } sources { quote } } } }`,
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.neighbourhood.nodes).toHaveLength(11);
    expect(res.body.extensions.newsgraph.cypherStatements).toBe(2);
  });

  it('a neighbourhood reads no sources and only names of entities when that is all it is asked for', async () => {
    const full = await api.gql(
      `{ neighbourhood(id: "${largeIds[0]}", depth: 2) { nodes { id kind name aliases } edges { id sources { quote } } } }`,
    );
    const lean = await api.gql(
      `{ neighbourhood(id: "${largeIds[0]}", depth: 2) { nodes { id kind name } edges { id } } }`,
    );
    expect(full.body.errors).toBeUndefined();
    expect(lean.body.errors).toBeUndefined();
    const names = (res: any) => res.body.data.neighbourhood.nodes.map((n: any) => [n.id, n.kind, n.name]);
    expect(names(lean)).toEqual(names(full));
    expect(names(lean)).toHaveLength(11);
    expect(lean.body.data.neighbourhood.edges.map((e: any) => e.id)).toEqual(
      full.body.data.neighbourhood.edges.map((e: any) => e.id),
    );
    expect(full.body.data.neighbourhood.nodes.every((n: any) => Array.isArray(n.aliases))).toBe(true);
    expect(full.body.data.neighbourhood.edges.every((e: any) => e.sources.length > 0)).toBe(true);
    expect(lean.body.extensions.newsgraph.cypherStatements).toBe(2);
    expect(full.body.extensions.newsgraph.cypherStatements).toBe(2);
  });
});
