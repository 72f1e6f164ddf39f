import { rm } from 'node:fs/promises';

import type { LocalNeo4jForTests } from './global-setup';

/** Stops the Neo4j that global-setup.ts started (if it started one) and removes its store. */
export default async function globalTeardown(): Promise<void> {
  const local: LocalNeo4jForTests | undefined = globalThis.__NEWSGRAPH_LOCAL_NEO4J__;
  if (!local) return;
  globalThis.__NEWSGRAPH_LOCAL_NEO4J__ = undefined;
  try {
    await local.neo4j.stop();
  } finally {
    delete process.env['NEO4J_URI'];
    delete process.env['NEO4J_LOCAL_PID'];
    await rm(local.tempDir, { recursive: true, force: true });
  }
}
