import type { Driver } from 'neo4j-driver';

import { startTestApi, type GraphQLResponse, type TestApi } from '../support/api';
import { testDriver } from '../support/neo4j';
import { bfsDistance, deleteByPrefix, generateRandomGraph, prng, writeRandomGraph } from '../support/random-graph';

/**
 * A hub with 3000 relationships among 3200 sparsely related entities: every
 * path query touching it must answer or refuse (TIMEOUT, naming the limit)
 * within the transaction timeout, and by default paths go around it.
 */
const PREFIX = 'paths-hub-';
const graph = generateRandomGraph({ prefix: PREFIX, seed: 3000, entities: 3200, relationships: 2400, hubEdges: 3000 });
const hub = graph.hubId!;
const TIMEOUT_MS = 5000;
/** Time a refused query may take beyond the timeout (the server notices, the answer travels; a loaded 2-core CI machine is slow): a runaway query takes minutes. */
const SLACK_MS = 5000;
const HOPS = 6;

let api: TestApi;
let driver: Driver;

beforeAll(async () => {
  driver = testDriver();
  await deleteByPrefix(driver, PREFIX);
  await writeRandomGraph(driver, graph);
  api = await startTestApi({ TX_TIMEOUT_MS: String(TIMEOUT_MS) });
});

afterAll(async () => {
  await api?.stop();
  await deleteByPrefix(driver, PREFIX);
  await driver?.close();
});

const others = (count: number, seed: number) => {
  const rand = prng(seed);
  return Array.from({ length: count }, () => graph.entityIds[Math.floor(rand() * (graph.entityIds.length - 1))]!);
};

/** Runs a query and checks it answered, or was refused with TIMEOUT, in time; returns the response. */
async function inTime(target: TestApi, query: string, variables: Record<string, unknown>, timeoutMs = TIMEOUT_MS) {
  const started = Date.now();
  const res: GraphQLResponse = await target.gql(query, variables);
  const elapsed = Date.now() - started;
  expect(elapsed).toBeLessThan(timeoutMs + SLACK_MS);
  if (res.body.errors) {
    expect(res.body.errors.map((e) => e.extensions?.code)).toEqual(['TIMEOUT']);
    expect(res.body.errors[0]!.message).toContain(`${timeoutMs} ms`);
  }
  return res;
}

const PATH = `query ($from: ID!, $to: ID!, $options: PathOptions) {
  path(from: $from, to: $to, options: $options) { reason path { length nodes { id } hops { relationship { sources { quote } } } } }
}`;
const PATHS = `query ($from: ID!, $to: ID!, $k: Int, $options: PathOptions) {
  paths(from: $from, to: $to, k: $k, options: $options) { reason paths { length } }
}`;
const ALL = `query ($from: ID!, $to: ID!, $limit: Int, $options: PathOptions) {
  allShortestPaths(from: $from, to: $to, limit: $limit, options: $options) { truncated paths { length } }
}`;

describe('a hub with thousands of relationships', () => {
  it('is written as such', () => {
    expect(graph.relationships.filter((r) => r.fromId === hub || r.toId === hub)).toHaveLength(3000);
  });

  it('answers path queries that start at the hub, within the timeout (the ends are never capped)', async () => {
    for (const to of others(8, 1)) {
      const res = await inTime(api, PATH, { from: hub, to, options: { maxHops: HOPS } });
      expect(res.body.errors).toBeUndefined();
      const d = bfsDistance(graph.relationships, hub, to, { direction: 'BOTH', maxDegree: 200 });
      expect(res.body.data.path.path?.length ?? null).toBe(d !== null && d <= HOPS ? d : null);
    }
    for (const to of others(4, 2)) {
      await inTime(api, PATHS, { from: hub, to, k: 10, options: { maxHops: HOPS } });
      await inTime(api, ALL, { from: hub, to, limit: 100, options: { maxHops: HOPS } });
      await inTime(api, `query ($a: ID!, $b: ID!) { commonNeighbours(a: $a, b: $b, first: 100) { totalCount } }`, {
        a: hub,
        b: to,
      });
    }
    await inTime(api, `query ($ids: [ID!]!) { connections(ids: $ids) { nodes { id } truncated } }`, {
      ids: [hub, ...others(4, 3)],
    });
  });

  it('is not passed through by default (maxDegree = maxFanOut), and the reason names the cap', async () => {
    let viaHubOnly = 0;
    for (const [from, to] of others(40, 4).map((id, i, list) => [id, list[(i + 1) % list.length]!] as const)) {
      if (from === to) continue;
      const res = await inTime(api, PATH, { from, to, options: { maxHops: HOPS } });
      expect(res.body.errors).toBeUndefined();
      const capped = bfsDistance(graph.relationships, from, to, { direction: 'BOTH', maxDegree: 200 });
      const expected = capped !== null && capped <= HOPS ? capped : null;
      expect(res.body.data.path.path?.length ?? null).toBe(expected);
      if (expected === null) {
        expect(res.body.data.path.reason).toContain('(maxDegree)');
        const free = bfsDistance(graph.relationships, from, to, { direction: 'BOTH' });
        if (free !== null && free <= HOPS) viaHubOnly += 1;
      }
    }
    expect(viaHubOnly).toBeGreaterThan(0);
  });
});

describe('with the hub cap lifted', () => {
  const LOW_TIMEOUT_MS = 1000;
  let open: TestApi;

  beforeAll(async () => {
    open = await startTestApi({ TX_TIMEOUT_MS: String(LOW_TIMEOUT_MS), MAX_FAN_OUT: '100000' });
  });

  afterAll(async () => {
    await open?.stop();
  });

  it('walks through the hub when asked to', async () => {
    for (const [from, to] of others(10, 5).map((id, i, list) => [id, list[(i + 1) % list.length]!] as const)) {
      if (from === to) continue;
      const res = await inTime(open, PATH, { from, to, options: { maxHops: HOPS, maxDegree: 100000 } }, LOW_TIMEOUT_MS);
      if (res.body.errors) continue;
      const d = bfsDistance(graph.relationships, from, to, { direction: 'BOTH' });
      expect(res.body.data.path.path?.length ?? null).toBe(d !== null && d <= HOPS ? d : null);
    }
  });

  it('answers or refuses with TIMEOUT within the transaction timeout, however many paths are asked for', async () => {
    const outcomes = { answered: 0, timedOut: 0 };
    const list = others(6, 6).map((id, i, all) => [id, all[(i + 1) % all.length]!] as const);
    for (const [from, to] of list) {
      const res = await inTime(
        open,
        PATHS,
        { from, to, k: 100, options: { maxHops: 8, maxDegree: 100000 } },
        LOW_TIMEOUT_MS,
      );
      outcomes[res.body.errors ? 'timedOut' : 'answered'] += 1;
      if (!res.body.errors && res.body.data.paths.paths.length < 100) {
        expect(res.body.data.paths.reason).toMatch(
          /^Only \d+ of 100 paths: the search stops after the 1000 shortest walks/,
        );
      }
    }
    expect(outcomes.answered + outcomes.timedOut).toBe(list.length);
  });
});
