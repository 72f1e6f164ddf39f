import type { Driver } from 'neo4j-driver';

import type { Relationship } from '../../src/domain/model';
import { temporalBounds } from '../../src/domain/temporal';
import { startTestApi, type TestApi } from '../support/api';
import { testDriver } from '../support/neo4j';
import {
  bfsDistance,
  deleteByPrefix,
  degrees,
  generateRandomGraph,
  prng,
  writeRandomGraph,
  type RandomGraph,
  type Walk,
} from '../support/random-graph';

/**
 * Paths on seeded random graphs, checked against breadth-first search over
 * the same edge list: lengths, unreachable pairs, filters, direction,
 * avoid-lists, the hub cap, k paths and all shortest paths.
 */
const PREFIX = 'paths-rand-';
/** Sparse: many unreachable pairs and long paths. */
const sparse = generateRandomGraph({
  prefix: `${PREFIX}s-`,
  seed: 20250414,
  entities: 150,
  relationships: 185,
  documents: 4,
});
/** Dense: many paths per pair, for k paths, all shortest paths and common neighbours. */
const dense = generateRandomGraph({
  prefix: `${PREFIX}d-`,
  seed: 1798,
  entities: 50,
  relationships: 130,
  documents: 4,
});

const PATH_FIELDS = `
  fragment P on Path {
    length minSources minConfidence documentCount
    nodes { id }
    hops {
      step direction explanation
      from { id } to { id }
      relationship { id type fromId toId confidence sources { documentId quote } }
    }
  }`;
const PATH = `${PATH_FIELDS}
  query ($from: ID!, $to: ID!, $options: PathOptions) {
    path(from: $from, to: $to, options: $options) { reason path { ...P } }
  }`;
const PATHS = `${PATH_FIELDS}
  query ($from: ID!, $to: ID!, $k: Int, $options: PathOptions) {
    paths(from: $from, to: $to, k: $k, options: $options) { reason truncated paths { ...P } }
  }`;
const ALL_SHORTEST = `${PATH_FIELDS}
  query ($from: ID!, $to: ID!, $limit: Int, $options: PathOptions) {
    allShortestPaths(from: $from, to: $to, limit: $limit, options: $options) { reason truncated paths { ...P } }
  }`;

let api: TestApi;
let driver: Driver;

beforeAll(async () => {
  driver = testDriver();
  await deleteByPrefix(driver, PREFIX);
  await writeRandomGraph(driver, sparse);
  await writeRandomGraph(driver, dense);
  api = await startTestApi();
});

afterAll(async () => {
  await api?.stop();
  await deleteByPrefix(driver, PREFIX);
  await driver?.close();
});

function pairs(graph: RandomGraph, count: number, seed: number): Array<[string, string]> {
  const rand = prng(seed);
  const ids = graph.entityIds;
  const out: Array<[string, string]> = [];
  while (out.length < count) {
    const a = ids[Math.floor(rand() * ids.length)]!;
    const b = ids[Math.floor(rand() * ids.length)]!;
    if (a !== b) out.push([a, b]);
  }
  return out;
}

interface ApiPath {
  length: number;
  minSources: number;
  minConfidence: number;
  documentCount: number;
  nodes: Array<{ id: string }>;
  hops: Array<{
    step: number;
    direction: 'FORWARD' | 'BACKWARD';
    explanation: string;
    from: { id: string };
    to: { id: string };
    relationship: {
      id: string;
      type: string;
      fromId: string;
      toId: string;
      confidence: number;
      sources: Array<{ documentId: string; quote: string }>;
    };
  }>;
}

/** Every hop is a stored relationship walked as claimed, with its sources, under the walk's rules; no entity twice. */
function expectValidPath(graph: RandomGraph, path: ApiPath, from: string, to: string, walk: Walk): void {
  const byId = new Map(graph.relationships.map((r) => [r.id, r]));
  const degree = degrees(graph.relationships);
  const ids = path.nodes.map((n) => n.id);
  expect(ids[0]).toBe(from);
  expect(ids.at(-1)).toBe(to);
  expect(new Set(ids).size).toBe(ids.length);
  expect(path.hops).toHaveLength(path.length);
  expect(ids).toHaveLength(path.length + 1);
  path.hops.forEach((hop, i) => {
    const stored = byId.get(hop.relationship.id)!;
    expect(stored).toBeDefined();
    expect(hop.step).toBe(i + 1);
    expect([hop.from.id, hop.to.id]).toEqual([ids[i], ids[i + 1]]);
    expect([hop.relationship.fromId, hop.relationship.toId, hop.relationship.type]).toEqual([
      stored.fromId,
      stored.toId,
      stored.type,
    ]);
    const forward = stored.fromId === hop.from.id && stored.toId === hop.to.id;
    const backward = stored.toId === hop.from.id && stored.fromId === hop.to.id;
    expect(forward || backward).toBe(true);
    expect(hop.direction).toBe(forward ? 'FORWARD' : 'BACKWARD');
    if (walk.direction === 'OUTGOING') expect(hop.direction).toBe('FORWARD');
    if (walk.direction === 'INCOMING') expect(hop.direction).toBe('BACKWARD');
    expect(hop.relationship.sources.length).toBeGreaterThan(0);
    expect(hop.relationship.sources).toEqual(stored.sources.map((s) => ({ documentId: s.documentId, quote: s.quote })));
    expect(hop.explanation).toContain(stored.sources[0]!.quote);
    if (walk.allow) expect(walk.allow(stored)).toBe(true);
  });
  for (const id of ids.slice(1, -1)) {
    expect(walk.avoid?.has(id) ?? false).toBe(false);
    if (walk.maxDegree !== undefined) expect(degree.get(id) ?? 0).toBeLessThanOrEqual(walk.maxDegree);
  }
}

/** For each pair, `path` answers with exactly the BFS length, or null with a reason when BFS finds none. */
async function expectShortest(
  graph: RandomGraph,
  list: Array<[string, string]>,
  options: Record<string, unknown>,
  walk: Walk,
  maxHops: number,
): Promise<{ found: number; missing: number }> {
  let found = 0;
  let missing = 0;
  for (const [from, to] of list) {
    const res = await api.gql(PATH, { from, to, options: { maxHops, ...options } });
    expect(res.body.errors).toBeUndefined();
    const distance = bfsDistance(graph.relationships, from, to, walk);
    const expected = distance !== null && distance <= maxHops ? distance : null;
    const answer = res.body.data.path;
    if (expected === null) {
      missing += 1;
      expect({ from, to, path: answer.path }).toEqual({ from, to, path: null });
      expect(answer.reason).toContain(`No path within ${maxHops} hops`);
    } else {
      found += 1;
      expect({ from, to, length: answer.path?.length }).toEqual({ from, to, length: expected });
      expect(answer.reason).toBeNull();
      expectValidPath(graph, answer.path, from, to, walk);
    }
  }
  return { found, missing };
}

const HOPS = 8;

function heldOn(day: string, includeUndated: boolean) {
  return (r: Relationship) => {
    const { validFrom, validTo } = temporalBounds(r.temporal);
    if (validFrom === null && validTo === null) return includeUndated;
    return (validFrom === null || validFrom <= day) && (!r.temporal.until || validTo! >= day);
  };
}

describe('path on a random graph, against breadth-first search', () => {
  it('finds paths of exactly the BFS length for many pairs, and says so when there is none', async () => {
    const { found, missing } = await expectShortest(sparse, pairs(sparse, 60, 1), {}, { direction: 'BOTH' }, HOPS);
    expect(found).toBeGreaterThan(10);
    expect(missing).toBeGreaterThan(5);
  });

  it('honours maxHops', async () => {
    const { found, missing } = await expectShortest(sparse, pairs(sparse, 30, 2), {}, { direction: 'BOTH' }, 3);
    expect(found).toBeGreaterThan(0);
    expect(missing).toBeGreaterThan(0);
  });

  it('follows only the given types', async () => {
    const types = ['INVITED', 'PRAISED', 'THANKED'];
    await expectShortest(
      sparse,
      pairs(sparse, 30, 3),
      { filter: { types } },
      { direction: 'BOTH', allow: (r) => types.includes(r.type) },
      HOPS,
    );
  });

  it.each(['OUTGOING', 'INCOMING'] as const)('walks every hop %s when asked', async (direction) => {
    await expectShortest(dense, pairs(dense, 30, 4), { filter: { direction } }, { direction }, HOPS);
  });

  it('avoids entities: the path found, then a path around its middle', async () => {
    for (const [from, to] of pairs(sparse, 40, 5)) {
      const first = (await api.gql(PATH, { from, to, options: { maxHops: HOPS } })).body.data.path
        .path as ApiPath | null;
      if (!first || first.length < 2) continue;
      const avoid = first.nodes.slice(1, -1).map((n) => n.id);
      await expectShortest(sparse, [[from, to]], { avoid }, { direction: 'BOTH', avoid: new Set(avoid) }, HOPS);
    }
    const avoid = sparse.entityIds.slice(0, 25);
    const list = pairs(sparse, 30, 6).filter(([a, b]) => !avoid.includes(a) && !avoid.includes(b));
    await expectShortest(sparse, list, { avoid }, { direction: 'BOTH', avoid: new Set(avoid) }, HOPS);
  });

  it('applies status, confidence and date rules to every hop', async () => {
    await expectShortest(
      dense,
      pairs(dense, 25, 7),
      { filter: { statuses: ['REPORTED', 'CLAIMED'], minConfidence: 0.6 } },
      { direction: 'BOTH', allow: (r) => ['REPORTED', 'CLAIMED'].includes(r.status) && r.confidence >= 0.6 },
      HOPS,
    );
    await expectShortest(
      dense,
      pairs(dense, 25, 8),
      { filter: { asOf: '2019-06-01', includeUndated: false } },
      { direction: 'BOTH', allow: heldOn('2019-06-01', false) },
      HOPS,
    );
  });

  it('does not pass through entities above maxDegree, and names the cap when that leaves no path', async () => {
    const { missing } = await expectShortest(
      dense,
      pairs(dense, 30, 9),
      { maxDegree: 5 },
      { direction: 'BOTH', maxDegree: 5 },
      HOPS,
    );
    expect(missing).toBeGreaterThan(0);
    const [from, to] = pairs(dense, 200, 10).find(
      ([a, b]) => bfsDistance(dense.relationships, a, b, { direction: 'BOTH', maxDegree: 5 }) === null,
    )!;
    const res = await api.gql(PATH, { from, to, options: { maxDegree: 5 } });
    expect(res.body.data.path.reason).toContain('through no entity with more than 5 relationships (maxDegree)');
  });
});

/** Distinct routes (entity sequences) from `from` to `to` of at most `maxHops`, by depth-first enumeration. */
function routeLengths(graph: RandomGraph, from: string, to: string, maxHops: number): number[] {
  const next = new Map<string, Set<string>>();
  for (const r of graph.relationships) {
    next.set(r.fromId, (next.get(r.fromId) ?? new Set()).add(r.toId));
    next.set(r.toId, (next.get(r.toId) ?? new Set()).add(r.fromId));
  }
  const lengths: number[] = [];
  const onPath = new Set([from]);
  const walk = (at: string, depth: number) => {
    if (at === to) {
      lengths.push(depth);
      return;
    }
    if (depth === maxHops) return;
    for (const other of next.get(at) ?? []) {
      if (onPath.has(other)) continue;
      onPath.add(other);
      walk(other, depth + 1);
      onPath.delete(other);
    }
  };
  walk(from, 0);
  return lengths.sort((a, b) => a - b);
}

describe('k paths and all shortest paths', () => {
  it('returns the k shortest distinct routes, sorted by length then evidence', async () => {
    const k = 5;
    let checked = 0;
    for (const [from, to] of pairs(dense, 15, 11)) {
      const expected = routeLengths(dense, from, to, 4).slice(0, k);
      const res = await api.gql(PATHS, { from, to, k, options: { maxHops: 4 } });
      expect(res.body.errors).toBeUndefined();
      const got = res.body.data.paths.paths as ApiPath[];
      expect({ from, to, lengths: got.map((p) => p.length) }).toEqual({ from, to, lengths: expected });
      const routes = got.map((p) => p.nodes.map((n) => n.id).join(' '));
      expect(new Set(routes).size).toBe(routes.length);
      for (let i = 1; i < got.length; i += 1) {
        const [a, b] = [got[i - 1]!, got[i]!];
        const order = a.length - b.length || b.minSources - a.minSources || b.minConfidence - a.minConfidence;
        expect(order).toBeLessThanOrEqual(0);
      }
      for (const p of got) expectValidPath(dense, p, from, to, { direction: 'BOTH' });
      if (expected.length === 0) expect(res.body.data.paths.reason).toContain('No path within 4 hops');
      checked += expected.length;
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('returns every shortest route up to the limit, and says when it cut', async () => {
    let cut = 0;
    for (const [from, to] of pairs(dense, 15, 12)) {
      const distance = bfsDistance(dense.relationships, from, to, { direction: 'BOTH' });
      if (distance === null) continue;
      const shortest = routeLengths(dense, from, to, distance).filter((l) => l === distance).length;
      const res = await api.gql(ALL_SHORTEST, { from, to, limit: 3, options: { maxHops: HOPS } });
      expect(res.body.errors).toBeUndefined();
      const answer = res.body.data.allShortestPaths;
      expect(answer.paths).toHaveLength(Math.min(shortest, 3));
      expect(answer.truncated).toBe(shortest > 3);
      if (shortest > 3) cut += 1;
      for (const p of answer.paths as ApiPath[]) {
        expect(p.length).toBe(distance);
        expectValidPath(dense, p, from, to, { direction: 'BOTH' });
      }
    }
    expect(cut).toBeGreaterThan(0);
  });
});

describe('connections among a set', () => {
  const CONNECTIONS = `query ($ids: [ID!]!, $options: PathOptions) {
    connections(ids: $ids, options: $options) { nodes { id } edges { id fromId toId } layers truncated truncatedBy }
  }`;

  it('links every pair that can be linked, each by a shortest path', async () => {
    const rand = prng(13);
    for (let round = 0; round < 6; round += 1) {
      const ids = [
        ...new Set(Array.from({ length: 4 }, () => sparse.entityIds[Math.floor(rand() * sparse.entityIds.length)]!)),
      ];
      const res = await api.gql(CONNECTIONS, { ids, options: { maxHops: HOPS } });
      expect(res.body.errors).toBeUndefined();
      const sub = res.body.data.connections;
      const nodes = new Set(sub.nodes.map((n: { id: string }) => n.id));
      for (const id of ids) expect(nodes.has(id)).toBe(true);
      expect(sub.layers[0]).toEqual(ids);
      const edges = sub.edges.map((e: { id: string }) => sparse.relationships.find((r) => r.id === e.id)!);
      let unlinked = false;
      for (let i = 0; i < ids.length; i += 1) {
        for (let j = i + 1; j < ids.length; j += 1) {
          const d = bfsDistance(sparse.relationships, ids[i]!, ids[j]!, { direction: 'BOTH' });
          const expected = d !== null && d <= HOPS ? d : null;
          if (expected === null) unlinked = true;
          expect(bfsDistance(edges, ids[i]!, ids[j]!, { direction: 'BOTH' })).toBe(expected);
        }
      }
      expect(sub.truncatedBy).toEqual(unlinked ? ['maxHops'] : []);
    }
  });
});

describe('common neighbours', () => {
  const COMMON = `query ($a: ID!, $b: ID!, $filter: RelationshipFilter) {
    commonNeighbours(a: $a, b: $b, filter: $filter, first: 100) {
      totalCount truncated neighbours { entity { id } withA { id } withB { id } }
    }
  }`;

  it('lists every entity related to both, with the relationships on each side', async () => {
    for (const [a, b] of pairs(dense, 20, 14)) {
      const between = (x: string, n: string) =>
        dense.relationships
          .filter((r) => (r.fromId === x && r.toId === n) || (r.toId === x && r.fromId === n))
          .map((r) => r.id)
          .sort();
      const expected = dense.entityIds.filter(
        (n) => n !== a && n !== b && between(a, n).length > 0 && between(b, n).length > 0,
      );
      const res = await api.gql(COMMON, { a, b });
      expect(res.body.errors).toBeUndefined();
      const got = res.body.data.commonNeighbours as {
        totalCount: number;
        neighbours: Array<{ entity: { id: string }; withA: Array<{ id: string }>; withB: Array<{ id: string }> }>;
      };
      expect(got.totalCount).toBe(expected.length);
      expect(got.neighbours.map((n) => n.entity.id).sort()).toEqual([...expected].sort());
      for (const n of got.neighbours) {
        expect(n.withA.map((r) => r.id).sort()).toEqual(between(a, n.entity.id));
        expect(n.withB.map((r) => r.id).sort()).toEqual(between(b, n.entity.id));
      }
    }
  });
});

describe('refusals', () => {
  const [a, b] = [sparse.entityIds[0]!, sparse.entityIds[1]!];
  const code = (res: Awaited<ReturnType<TestApi['gql']>>): unknown => res.body.errors?.[0]?.extensions?.code;

  it('names an unknown id', async () => {
    const res = await api.gql(PATH, { from: a, to: `${PREFIX}nobody` });
    expect(code(res)).toBe('NOT_FOUND');
    expect(res.body.errors![0]!.message).toContain(`${PREFIX}nobody`);
    const set = await api.gql(`{ connections(ids: ["${a}", "${PREFIX}ghost"]) { nodes { id } } }`);
    expect(set.body.errors![0]!.message).toContain(`${PREFIX}ghost`);
  });

  it('names the limit when hops, k or the set are too large', async () => {
    const hops = await api.gql(PATH, { from: a, to: b, options: { maxHops: 9 } });
    expect(code(hops)).toBe('LIMIT_EXCEEDED');
    expect(hops.body.errors![0]!.message).toContain('maxPathHops');
    const k = await api.gql(PATHS, { from: a, to: b, k: 1000 });
    expect(code(k)).toBe('LIMIT_EXCEEDED');
    const ids = sparse.entityIds.slice(0, 11);
    const set = await api.gql(`query ($ids: [ID!]!) { connections(ids: $ids) { nodes { id } } }`, { ids });
    expect(code(set)).toBe('LIMIT_EXCEEDED');
    expect(set.body.errors![0]!.message).toContain('maxConnectionEntities');
  });

  it('refuses a path from an entity to itself, an avoided end and a set of one', async () => {
    expect(code(await api.gql(PATH, { from: a, to: a }))).toBe('BAD_USER_INPUT');
    expect(code(await api.gql(PATH, { from: a, to: b, options: { avoid: [b] } }))).toBe('BAD_USER_INPUT');
    expect(code(await api.gql(`{ connections(ids: ["${a}", "${a}"]) { nodes { id } } }`))).toBe('BAD_USER_INPUT');
  });

  it('answers each path query with one Cypher statement', async () => {
    const res = await api.gql(PATH, { from: a, to: b, options: { maxHops: HOPS } });
    expect(res.body.extensions.newsgraph.cypherStatements).toBe(1);
  });
});
