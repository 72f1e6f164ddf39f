import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { createDriver, type Driver } from '../../src/graph';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/local-neo4j';

export interface BenchDatabase {
  uri: string;
  user: string;
  password: string | null;
  driver: Driver;
  /** The local Neo4j's JVM pid; null for NEO4J_URI. */
  pid: number | null;
  description: string;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** Data directory of the local Neo4j; null: a fresh temporary directory, deleted on close. */
  dataDir: string | null;
  heap: string;
  pageCache: string;
  log: (line: string) => void;
}

/**
 * NEO4J_URI (and NEO4J_USER / NEO4J_PASSWORD) when set; otherwise the
 * project's own local Neo4j, sized by the caller, on a free loopback port.
 */
export async function openDatabase(options: DatabaseOptions): Promise<BenchDatabase> {
  const user = process.env['NEO4J_USER'] || 'neo4j';
  const password = process.env['NEO4J_PASSWORD'] || null;
  const external = process.env['NEO4J_URI'];
  let local: LocalNeo4j | null = null;
  let temp: string | null = null;
  let uri: string;
  let description: string;
  if (external) {
    uri = external;
    description = `NEO4J_URI ${external}`;
  } else {
    const dataDir = options.dataDir ?? (temp = await mkdtemp(path.join(tmpdir(), 'newsgraph-bench-')));
    options.log(`starting the local Neo4j (heap ${options.heap}, page cache ${options.pageCache}, data ${dataDir})…`);
    local = await startLocalNeo4j({ dataDir, heap: options.heap, pageCache: options.pageCache });
    uri = local.uri;
    description = `local Neo4j 5.26 (embedded, heap ${options.heap}, page cache ${options.pageCache})`;
  }
  const driver = createDriver({ uri, user, password, retryMs: 5_000 });
  await driver.verifyConnectivity();
  return {
    uri,
    user,
    password,
    driver,
    pid: local?.pid ?? null,
    description,
    async close() {
      await driver.close();
      await local?.stop();
      if (temp) await rm(temp, { recursive: true, force: true });
    },
  };
}
