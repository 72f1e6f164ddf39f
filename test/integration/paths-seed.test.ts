import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

import type { Relationship } from '../../src/domain/model';
import { startTestApi, type TestApi } from '../support/api';
import { bfsDistance } from '../support/random-graph';

/**
 * The seed graph (loaded by the global setup): how the US president connects
 * to each gang the article names, explained hop by hop, every quote found at
 * its offsets in the stored article. Read-only: nothing is written here.
 */
const PRESIDENT = 'donald-trump';
const GANGS = ['tren-de-aragua', 'ms-13'];

interface SeedFile {
  entities: Array<{ id: string; kind: string; name: string }>;
  relationships: Array<{ id: string; type: string; from: string; to: string }>;
}
const seedDir = path.join(__dirname, '..', '..', 'seeds', 'graph');
const seeds: SeedFile[] = readdirSync(seedDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(path.join(seedDir, f), 'utf8')) as SeedFile);
const seedEntities = new Map(seeds.flatMap((s) => s.entities).map((e) => [e.id, e]));
const seedEdges = seeds
  .flatMap((s) => s.relationships)
  .map((r) => ({ id: r.id, type: r.type, fromId: r.from, toId: r.to }) as unknown as Relationship);

const PATH = `query ($from: ID!, $to: ID!, $options: PathOptions) {
  path(from: $from, to: $to, options: $options) {
    reason
    path {
      length minSources minConfidence documentCount
      nodes { id name }
      hops {
        step direction explanation
        from { id name } to { id name }
        relationship { id type fromId toId from { name } to { name } sources { quote start end document { ... on Document { text } } } }
      }
    }
  }
}`;

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});

afterAll(async () => {
  await api?.stop();
});

describe('the seed graph: from the US president to each gang', () => {
  it('names the president and the gangs the test expects', () => {
    expect(seedEntities.get(PRESIDENT)?.kind).toBe('Person');
    for (const gang of GANGS) expect(seedEntities.get(gang)?.kind).toBe('Organization');
  });

  it.each(GANGS)('finds a shortest path to %s and explains every hop with its quote', async (gang) => {
    const res = await api.gql(PATH, { from: PRESIDENT, to: gang });
    expect(res.body.errors).toBeUndefined();
    const { path: found, reason } = res.body.data.path;
    expect(reason).toBeNull();
    const expected = bfsDistance(seedEdges, PRESIDENT, gang, { direction: 'BOTH' })!;
    expect(expected).not.toBeNull();
    // Other test files may only add entities of their own, so the seed's distance is an upper bound.
    expect(found.length).toBeLessThanOrEqual(expected);
    expect(found.nodes[0].id).toBe(PRESIDENT);
    expect(found.nodes.at(-1).id).toBe(gang);
    for (const [i, hop] of found.hops.entries()) {
      expect([hop.from.id, hop.to.id]).toEqual([found.nodes[i].id, found.nodes[i + 1].id]);
      const rel = hop.relationship;
      const subject = hop.direction === 'FORWARD' ? hop.from : hop.to;
      expect(rel.fromId).toBe(subject.id);
      expect(rel.sources.length).toBeGreaterThan(0);
      for (const source of rel.sources) {
        expect(source.document.text.slice(source.start, source.end)).toBe(source.quote);
      }
      expect(hop.explanation).toMatch(/^[A-Z]/);
      expect(hop.explanation).toContain(rel.to.name);
      expect(hop.explanation.endsWith(`: "${rel.sources[0].quote}"`)).toBe(true);
    }
  });

  it('lists several routes to a gang, best first, and connects the president with both gangs', async () => {
    const res = await api.gql(
      `query ($from: ID!, $to: ID!, $ids: [ID!]!) {
        paths(from: $from, to: $to, k: 3) { paths { length minSources minConfidence nodes { id } } }
        connections(ids: $ids) { nodes { id } edges { id } layers truncated }
        commonNeighbours(a: "tren-de-aragua", b: "ms-13") { neighbours { entity { id } withA { type } withB { type } } }
      }`,
      { from: PRESIDENT, to: GANGS[0], ids: [PRESIDENT, ...GANGS] },
    );
    expect(res.body.errors).toBeUndefined();
    const routes = res.body.data.paths.paths as Array<{ length: number; nodes: Array<{ id: string }> }>;
    expect(routes.length).toBeGreaterThan(1);
    const keys = routes.map((r) => r.nodes.map((n) => n.id).join(' '));
    expect(new Set(keys).size).toBe(keys.length);
    expect(routes.map((r) => r.length)).toEqual([...routes.map((r) => r.length)].sort((a, b) => a - b));
    const connections = res.body.data.connections;
    expect(connections.truncated).toBe(false);
    expect(connections.layers[0]).toEqual([PRESIDENT, ...GANGS]);
    const nodes = connections.nodes.map((n: { id: string }) => n.id);
    expect(nodes).toEqual(expect.arrayContaining([PRESIDENT, ...GANGS]));
    const common = res.body.data.commonNeighbours.neighbours.map((n: { entity: { id: string } }) => n.entity.id);
    expect(common).toContain('seventeen-deportees');
  });

  it('answers "no path" with the reason when the rules allow none', async () => {
    const res = await api.gql(PATH, { from: PRESIDENT, to: GANGS[1], options: { filter: { types: ['INVITED'] } } });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.path.path).toBeNull();
    expect(res.body.data.path.reason).toBe(
      `No path within 6 hops (maxHops) from "${PRESIDENT}" to "${GANGS[1]}" with relationships of type INVITED; through no entity with more than 200 relationships (maxDegree).`,
    );
  });
});
