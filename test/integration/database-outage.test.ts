import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { GraphClient, applyMigrations } from '../../src/graph';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/local-neo4j';
import { startTestApi, type TestApi } from '../support/api';

/** A Neo4j of this test's own, so stopping it does not disturb the other test files. */
let neo4j: LocalNeo4j;
let dataDir: string;
let api: TestApi;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-outage-'));
  neo4j = await startLocalNeo4j({ dataDir, heap: '512m', pageCache: '64m' });
  api = await startTestApi({ NEO4J_URI: neo4j.uri, DB_RETRY_MS: '0', TX_TIMEOUT_MS: '3000' });
  await applyMigrations(new GraphClient(api.driver, { database: null, timeoutMs: 60_000 }));
}, 180_000);

afterAll(async () => {
  await api?.stop();
  await neo4j?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

const STATS = '{ stats { entityCount } }';

describe('when Neo4j goes away under a running server', () => {
  it('answers DATABASE_UNAVAILABLE without a stack trace, reports not ready, and recovers without a restart', async () => {
    const before = await api.gql(STATS);
    expect(before.body.errors).toBeUndefined();
    expect(before.body.data.stats.entityCount).toBe(0);

    await neo4j.stop();

    const started = Date.now();
    const during = await api.gql(STATS);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(during.body.errors).toHaveLength(1);
    const error = during.body.errors![0]!;
    expect(error.extensions!.code).toBe('DATABASE_UNAVAILABLE');
    expect(error.message).toMatch(/^The graph database is unavailable/);
    expect(JSON.stringify(during.body)).not.toMatch(/stacktrace|\.ts:\d+|neo4j-driver/);
    expect((await fetch(`${api.server.url}/ready`)).status).toBe(503);
    expect((await fetch(`${api.server.url}/health`)).status).toBe(200);

    neo4j = await startLocalNeo4j({ dataDir, port: neo4j.port, heap: '512m', pageCache: '64m' });

    let after = await api.gql(STATS);
    for (let i = 0; i < 20 && after.body.errors; i += 1) {
      await new Promise((r) => setTimeout(r, 500));
      after = await api.gql(STATS);
    }
    expect(after.body.errors).toBeUndefined();
    expect(after.body.data.stats.entityCount).toBe(0);
    expect((await fetch(`${api.server.url}/ready`)).status).toBe(200);
  }, 180_000);
});
