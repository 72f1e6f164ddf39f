import { resolve } from 'node:path';

import type { Config } from '../config';
import { GraphClient, applyMigrations, createDriver, type Driver } from '../graph';
import { startLocalNeo4j, type LocalNeo4j } from '../local-neo4j';
import { repoRoot } from '../repo-root';

export interface OpenDatabase {
  driver: Driver;
  close(): Promise<void>;
}

/**
 * The database the server would use: NEO4J_URI, or the project's local Neo4j
 * started on its data directory for the length of the command. The local
 * store admits one process, so a running `npm start` makes that fail; the
 * error says what to do instead.
 */
export async function openDatabase(config: Config): Promise<OpenDatabase> {
  let local: LocalNeo4j | null = null;
  let uri = config.neo4j.uri;
  if (uri === null) {
    const dataDir = resolve(repoRoot(), config.localNeo4j.dataDir);
    try {
      local = await startLocalNeo4j({ dataDir, heap: '512m', pageCache: '64m', startTimeoutMs: 120_000 });
    } catch (error) {
      throw new Error(
        `could not open the local Neo4j in ${dataDir} (${(error as Error).message.split('\n')[0]}). ` +
          'If `npm start` is running, it holds that database: stop it, or start it with NEO4J_LOCAL_PORT=7687 ' +
          'and run NEO4J_URI=bolt://127.0.0.1:7687 npm run keys -- …',
      );
    }
    uri = local.uri;
  }
  const driver = createDriver({ uri, user: config.neo4j.user, password: config.neo4j.password, retryMs: 5_000 });
  try {
    await applyMigrations(new GraphClient(driver, { database: config.neo4j.database, timeoutMs: 300_000 }));
  } catch (error) {
    await driver.close();
    await local?.stop();
    throw error;
  }
  return {
    driver,
    async close() {
      await driver.close();
      await local?.stop();
    },
  };
}
