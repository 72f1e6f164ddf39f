import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';

import { GraphClient, applyMigrations } from '../../src/graph';
import { repoRoot, startLocalNeo4j } from '../../src/local-neo4j';
import { loadSeedDir } from '../../src/seed/load';
import { testDriver } from './neo4j';

export interface OwnNeo4j {
  /** Configuration for startTestApi: this database instead of the shared one. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

/**
 * A Neo4j of the test file's own, in a temporary directory, migrated and
 * holding the seed graph: for tests whose assertions cover the whole
 * database (a fingerprint of everything stored, counts), which other test
 * files writing to the shared database at the same time would break.
 */
export async function startOwnNeo4j(name: string): Promise<OwnNeo4j> {
  const temp = await mkdtemp(join(os.tmpdir(), `newsgraph-${name}-`));
  const neo4j = await startLocalNeo4j({ dataDir: join(temp, 'neo4j'), heap: '512m', pageCache: '64m' });
  const driver = testDriver(neo4j.uri);
  try {
    await applyMigrations(new GraphClient(driver, { database: null, timeoutMs: 120_000 }));
    await loadSeedDir(driver, join(repoRoot(), 'seeds'));
  } finally {
    await driver.close();
  }
  return {
    env: { NEO4J_URI: neo4j.uri, NEO4J_DATABASE: '' },
    async stop() {
      await neo4j.stop();
      await rm(temp, { recursive: true, force: true });
    },
  };
}
