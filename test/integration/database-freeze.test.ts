import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { GraphClient, applyMigrations, createDriver } from '../../src/graph';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/local-neo4j';
import { startTestApi, type TestApi } from '../support/api';
import { poolCounts } from '../support/driver-pool';

/**
 * Neo4j frozen (SIGSTOP: how a GC pause, a full disk or a partition looks to a client)
 * under a steady load, then thawed. A Neo4j and a server of this test's own: freezing
 * the shared one would stall every other test file.
 */
const TX_TIMEOUT_MS = 1_500;
const FREEZE_MS = 5_000;
const CLIENTS = 4;
// The promise is TX_TIMEOUT_MS + 1 s; the slack is for a loaded shared machine, and the figures are printed.
const ANSWER_WITHIN_MS = TX_TIMEOUT_MS + 1_000 + 1_500;

let neo4j: LocalNeo4j;
let dataDir: string;
let api: TestApi;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-freeze-'));
  neo4j = await startLocalNeo4j({ dataDir, heap: '512m', pageCache: '64m' });
  // Migrations through a patient driver of their own: the API's has the test's short deadlines, and a
  // fresh JVM on a loaded machine may take seconds to accept its first connection.
  const setup = createDriver({
    uri: neo4j.uri,
    user: 'neo4j',
    password: null,
    retryMs: 60_000,
    acquisitionTimeoutMs: 60_000,
  });
  try {
    await applyMigrations(new GraphClient(setup, { database: null, timeoutMs: 60_000, deadlineMs: 120_000 }));
  } finally {
    await setup.close();
  }
  api = await startTestApi({ NEO4J_URI: neo4j.uri, DB_RETRY_MS: '0', TX_TIMEOUT_MS: String(TX_TIMEOUT_MS) });
}, 180_000);

afterAll(async () => {
  if (neo4j) process.kill(neo4j.pid, 'SIGCONT'); // a failed test must not leave it stopped
  await api?.stop();
  await neo4j?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

interface Answer {
  at: number;
  ms: number;
  status: number;
  code: string | null;
  body: string;
}

const STATS = '{ stats { entityCount } }';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function timed(url: string, init?: RequestInit): Promise<Answer> {
  const at = Date.now();
  const res = await fetch(url, init);
  const body = await res.text();
  const code = /"code":"([A-Z_]+)"/.exec(body)?.[1] ?? null;
  return { at, ms: Date.now() - at, status: res.status, code, body };
}

describe('when Neo4j freezes under load', () => {
  it('answers every request in time with a code, reports not ready, and serves again after the thaw with the pool back to normal', async () => {
    // A cold Neo4j on a loaded machine may take longer than the short timeout for its first plans.
    let warm = await api.gql(STATS);
    for (let i = 0; i < 30 && warm.body.errors; i += 1) warm = await api.gql(STATS);
    expect(warm.body).toMatchObject({ data: { stats: { entityCount: 0 } } });
    const answers: Answer[] = [];
    let running = true;
    const client = async () => {
      while (running) {
        answers.push(
          await timed(api.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: STATS }),
          }),
        );
      }
    };
    const load = Array.from({ length: CLIENTS }, client);
    await sleep(1_000);

    const frozenAt = Date.now();
    process.kill(neo4j.pid, 'SIGSTOP');
    await sleep(TX_TIMEOUT_MS);
    const ready = await timed(`${api.server.url}/ready`);
    await sleep(Math.max(0, FREEZE_MS - (Date.now() - frozenAt)));
    const thawedAt = Date.now();
    process.kill(neo4j.pid, 'SIGCONT');

    let dataAgainAt: number | null = null;
    while (dataAgainAt === null && Date.now() - thawedAt < 15_000) {
      await sleep(100);
      dataAgainAt = answers.find((a) => a.at >= thawedAt && a.code === null && a.status === 200)?.at ?? null;
    }
    await sleep(500);
    running = false;
    await Promise.all(load);

    const during = answers.filter((a) => a.at >= frozenAt && a.at < thawedAt);
    const figures = {
      answers: answers.length,
      duringFreeze: during.length,
      codes: [...new Set(during.map((a) => a.code))],
      slowestMs: Math.max(...answers.map((a) => a.ms)),
      readyMs: ready.ms,
      readyStatus: ready.status,
      dataAgainMsAfterThaw: dataAgainAt === null ? null : dataAgainAt - thawedAt,
    };
    process.stdout.write(`neo4j frozen ${FREEZE_MS} ms, TX_TIMEOUT_MS ${TX_TIMEOUT_MS}: ${JSON.stringify(figures)}\n`);

    expect(ready.status).toBe(503);
    expect(ready.ms).toBeLessThan(2_000 + 1_500);
    expect(during.length).toBeGreaterThanOrEqual(CLIENTS);
    for (const answer of answers) {
      expect(answer.status).toBeLessThan(500);
      expect(answer.ms).toBeLessThan(ANSWER_WITHIN_MS);
      expect(answer.body).not.toMatch(/stacktrace|\.ts:\d+|neo4j-driver|Neo4jError/);
      if (answer.code !== null) expect(['TIMEOUT', 'DATABASE_UNAVAILABLE']).toContain(answer.code);
    }
    expect(during.some((a) => a.code === 'DATABASE_UNAVAILABLE' || a.code === 'TIMEOUT')).toBe(true);
    expect(figures.dataAgainMsAfterThaw).not.toBeNull();
    expect(figures.dataAgainMsAfterThaw!).toBeLessThan(5_000);

    // Every abandoned session gives its connection back once Neo4j answers its RESET.
    let pool = poolCounts(api.driver);
    for (let i = 0; i < 50 && pool.active > 0; i += 1) {
      await sleep(200);
      pool = poolCounts(api.driver);
    }
    expect(pool.active).toBe(0);
    expect((await api.gql(STATS)).body.data.stats.entityCount).toBe(0);
    expect((await fetch(`${api.server.url}/ready`)).status).toBe(200);
  }, 120_000);
});
