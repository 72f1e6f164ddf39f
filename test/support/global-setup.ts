import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { ensureWebBuilt } from '../../scripts/build-web';
import { GraphClient, applyMigrations, warmWritePlans } from '../../src/graph';
import { ensureLauncherBuilt, repoRoot, startLocalNeo4j, type LocalNeo4j } from '../../src/local-neo4j';
import { loadSeedDir } from '../../src/seed/load';
import { testDriver } from './neo4j';

/** Shared with global-teardown.ts, which runs in the same process. */
export interface LocalNeo4jForTests {
  neo4j: LocalNeo4j;
  tempDir: string;
}

declare global {
  var __NEWSGRAPH_LOCAL_NEO4J__: LocalNeo4jForTests | undefined;
}

/**
 * With NEO4J_URI set, tests use that server and nothing starts. Otherwise one local
 * Neo4j on a free port and a fresh temp store serves the whole run; workers inherit
 * NEO4J_URI from this process's environment. Either way the schema is migrated and
 * the seed graph loaded before any test runs.
 */
export default async function globalSetup(): Promise<void> {
  if (!process.env['NEO4J_URI']) await startForTests();
  await Promise.all([prepareDatabase(), ensureWebBuilt()]); // web/dist for the web and browser tests
}

/**
 * Migrations, then the seed graph (MERGE on ids, so an existing database only
 * gains or refreshes the seed's own entities): API tests read the seed graph;
 * every other test writes ids of its own.
 */
async function prepareDatabase(): Promise<void> {
  const driver = testDriver();
  try {
    const client = new GraphClient(driver, { database: process.env['NEO4J_DATABASE'] ?? null, timeoutMs: 300_000 });
    await applyMigrations(client);
    await loadSeedDir(driver, path.join(repoRoot(), 'seeds'), { database: process.env['NEO4J_DATABASE'] });
    await warmWritePlans(client);
  } finally {
    await driver.close();
  }
}

async function startForTests(): Promise<void> {
  await ensureLauncherBuilt();
  const tempDir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-test-neo4j-'));
  const neo4j = await startLocalNeo4j({ dataDir: tempDir, heap: '1g', pageCache: '256m' });
  process.env['NEO4J_URI'] = neo4j.uri;
  process.env['NEO4J_LOCAL_PID'] = String(neo4j.pid);
  globalThis.__NEWSGRAPH_LOCAL_NEO4J__ = { neo4j, tempDir };
}
