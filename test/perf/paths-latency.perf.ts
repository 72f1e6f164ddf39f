import type { Driver } from 'neo4j-driver';

import { startTestApi, type TestApi } from '../support/api';
import { testDriver } from '../support/neo4j';
import { deleteByPrefix, generateRandomGraph, prng, writeRandomGraph } from '../support/random-graph';

/**
 * Latency of the path queries through the whole API on a generated graph of
 * 100 000 entities and 250 000 relationships (plus one hub of 5 000): median
 * and p95 over random pairs. Minutes long, so it is a benchmark, not part of
 * `npm test`:
 *   npm run bench:paths
 * The numbers in docs/querying.md (## Paths) come from it.
 */
const run = describe;
const PREFIX = 'paths-lat-';
const PAIRS = Number(process.env['PATHS_LATENCY_PAIRS'] ?? 200);

run('path latency on a 100k-entity graph', () => {
  let api: TestApi;
  let driver: Driver;
  const graph = generateRandomGraph({
    prefix: PREFIX,
    seed: 100_000,
    entities: 100_000,
    relationships: 250_000,
    documents: 50,
    hubEdges: 5_000,
  });

  beforeAll(async () => {
    driver = testDriver();
    await deleteByPrefix(driver, PREFIX);
    const batch = 20_000;
    for (let i = 0; i < graph.entityIds.length; i += batch) {
      const documentIds = i === 0 ? graph.documentIds : [];
      await writeRandomGraph(driver, {
        ...graph,
        entityIds: graph.entityIds.slice(i, i + batch),
        documentIds,
        relationships: [],
      });
    }
    for (let i = 0; i < graph.relationships.length; i += batch) {
      await writeRandomGraph(driver, {
        ...graph,
        entityIds: [],
        documentIds: [],
        relationships: graph.relationships.slice(i, i + batch),
      });
    }
    api = await startTestApi();
  }, 900_000);

  afterAll(async () => {
    await api?.stop();
    if (process.env['PATHS_LATENCY_KEEP'] !== '1') await deleteByPrefix(driver, PREFIX);
    await driver?.close();
  }, 900_000);

  const percentile = (sorted: number[], p: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

  const cases: Array<[string, string, (from: string, to: string) => Record<string, unknown>]> = [
    ['path, 6 hops', 'path(from: $from, to: $to, options: $options) { path { length } }', () => ({})],
    ['path, 8 hops', 'path(from: $from, to: $to, options: $options) { path { length } }', () => ({ maxHops: 8 })],
    [
      'path, 8 hops, 3 of 5 types, confidence >= 0.5',
      'path(from: $from, to: $to, options: $options) { path { length } }',
      () => ({ maxHops: 8, filter: { types: ['INVITED', 'PRAISED', 'THANKED'], minConfidence: 0.5 } }),
    ],
    ['paths k=3, 6 hops', 'paths(from: $from, to: $to, k: 3, options: $options) { paths { length } }', () => ({})],
    [
      'paths k=3, 8 hops',
      'paths(from: $from, to: $to, k: 3, options: $options) { paths { length } }',
      () => ({ maxHops: 8 }),
    ],
    [
      'paths k=10, 8 hops',
      'paths(from: $from, to: $to, k: 10, options: $options) { paths { length } }',
      () => ({ maxHops: 8 }),
    ],
    [
      'allShortestPaths, 8 hops',
      'allShortestPaths(from: $from, to: $to, options: $options) { paths { length } }',
      () => ({ maxHops: 8 }),
    ],
  ];

  it.each(cases)(
    '%s',
    async (name, field, options) => {
      const rand = prng(7);
      const ids = graph.entityIds;
      const times: number[] = [];
      let found = 0;
      const query = `query ($from: ID!, $to: ID!, $options: PathOptions) { answer: ${field} }`;
      for (let i = 0; i < PAIRS + 5; i += 1) {
        const from = ids[Math.floor(rand() * (ids.length - 1))]!;
        const to = ids[Math.floor(rand() * (ids.length - 1))]!;
        if (from === to) continue;
        const started = process.hrtime.bigint();
        const res = await api.gql(query, { from, to, options: options(from, to) });
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        expect(res.body.errors).toBeUndefined();
        const answer = res.body.data.answer;
        if (answer.path || answer.paths?.length) found += 1;
        if (i >= 5) times.push(ms); // the first few warm the plan cache
      }
      times.sort((a, b) => a - b);
      const line = `${name}: median ${percentile(times, 0.5).toFixed(1)} ms, p95 ${percentile(times, 0.95).toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms; ${found} of ${times.length + 5} pairs connected`;
      console.log(line);
      expect(percentile(times, 0.95)).toBeLessThan(5000);
    },
    600_000,
  );
});
