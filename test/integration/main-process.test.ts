import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { isAlive, spawnMain } from '../support/main-process';

const quiet = { LOG_LEVEL: 'info', HOST: '127.0.0.1', PORT: '0' };

describe('the server process', () => {
  it('stops at start-up with a message naming a wrong variable', async () => {
    const main = spawnMain({ ...quiet, PORT: 'eighty', NEO4J_URI: process.env.NEO4J_URI });
    expect(await main.exited()).toBe(2);
    expect(main.output()).toMatch(/PORT="eighty"/);
    expect(main.output()).not.toMatch(/\n\s+at /);
  });

  it('says which database it cannot reach instead of crashing with a stack trace', async () => {
    const main = spawnMain({ ...quiet, NEO4J_URI: 'bolt://127.0.0.1:1', DB_RETRY_MS: '0' });
    expect(await main.exited()).toBe(1);
    expect(main.output()).toMatch(/Cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1/);
  });

  it('with NEO4J_URI set: migrates, listens, answers, and exits 0 on SIGTERM', async () => {
    const main = spawnMain({ ...quiet, NEO4J_URI: process.env.NEO4J_URI, SEED_ON_START: 'false' });
    const url = await main.listening();
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await res.json()).toMatchObject({ data: { __typename: 'Query' } });
    main.child.kill('SIGTERM');
    expect(await main.exited()).toBe(0);
  });

  it('with NEO4J_URI unset: starts its own Neo4j, seeds it, and leaves no Java process after SIGTERM; the next start opens the same data', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-main-'));
    const env = { ...quiet, NEO4J_URI: undefined, NEO4J_DATA_DIR: dataDir, NEO4J_HEAP: '512m', NEO4J_PAGECACHE: '64m' };
    // Stopped in `finally` when an assertion fails before the test stops them: each holds a Neo4j of its own.
    const started: Array<ReturnType<typeof spawnMain>> = [];
    try {
      const first = spawnMain(env);
      started.push(first);
      const url = await first.listening(180_000);
      const count = async (u: string) => {
        // A fresh JVM plans every statement cold; on a loaded machine the first one may pass the transaction
        // timeout (TIMEOUT, a coded answer), so that code alone is asked again, twice at most.
        for (let attempt = 1; ; attempt++) {
          const res = await fetch(u, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: '{ stats { entityCount relationshipCount } }' }),
          });
          const body = (await res.json()) as {
            data: { stats: { entityCount: number; relationshipCount: number } } | null;
            errors?: Array<{ extensions?: { code?: string } }>;
          };
          if (attempt < 3 && body.errors?.every((e) => e.extensions?.code === 'TIMEOUT')) continue;
          // The whole answer in the failure message: a request that fails says why.
          expect({ errors: body.errors, data: body.data }).toEqual({
            errors: undefined,
            data: { stats: expect.anything() },
          });
          return body.data!.stats;
        }
      };
      const seeded = await count(url);
      expect(seeded.entityCount).toBeGreaterThan(0);
      const ready = await fetch(url.replace('/graphql', '/ready'));
      expect(ready.status).toBe(200);
      const javaPid = Number(/"pid":(\d+)/.exec(first.output())![1]);
      expect(isAlive(javaPid)).toBe(true);
      first.child.kill('SIGTERM');
      expect(await first.exited()).toBe(0);
      expect(isAlive(javaPid)).toBe(false);

      const second = spawnMain(env);
      started.push(second);
      const url2 = await second.listening(180_000);
      expect(await count(url2)).toEqual(seeded);
      expect(second.output()).not.toMatch(/seeded an empty database/);
      second.child.kill('SIGTERM');
      expect(await second.exited()).toBe(0);
    } finally {
      for (const main of started) {
        if (main.child.exitCode !== null || main.child.signalCode !== null) continue;
        main.child.kill('SIGTERM');
        await main.exited();
      }
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 400_000);
});
