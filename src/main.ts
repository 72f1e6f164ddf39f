import { resolve } from 'node:path';

import { ConfigError, loadConfig, type Config } from './config';
import { DEADLINE_GRACE_MS, GraphClient, applyMigrations, createDriver, warmWritePlans, type Driver } from './graph';
import { startLocalNeo4j, type LocalNeo4j } from './local-neo4j';
import { seedIfEmpty } from './seed/load';
import { startServer, type RunningServer } from './server/app';
import { createLogger, type Logger } from './server/logger';
import { repoRoot } from './repo-root';

/** Things to undo on the way out, in reverse order of start. */
const running: { server?: RunningServer; driver?: Driver; local?: LocalNeo4j } = {};

async function connect(config: Config, logger: Logger): Promise<Driver> {
  let uri = config.neo4j.uri;
  if (uri === null) {
    const dataDir = resolve(repoRoot(), config.localNeo4j.dataDir);
    logger.info({ dataDir }, 'NEO4J_URI is unset: starting the local Neo4j');
    const started = Date.now();
    running.local = await startLocalNeo4j({
      dataDir,
      port: config.localNeo4j.port,
      heap: config.localNeo4j.heap,
      pageCache: config.localNeo4j.pageCache,
    });
    uri = running.local.uri;
    logger.info({ uri, pid: running.local.pid, ms: Date.now() - started }, 'local Neo4j ready');
  }
  const driver = createDriver({
    uri,
    user: config.neo4j.user,
    password: config.neo4j.password,
    retryMs: config.neo4j.retryMs,
    acquisitionTimeoutMs: config.neo4j.txTimeoutMs + DEADLINE_GRACE_MS,
  });
  running.driver = driver;
  try {
    await driver.verifyConnectivity({ database: config.neo4j.database ?? undefined });
  } catch (error) {
    throw new Error(`Cannot reach Neo4j at ${uri}: ${(error as Error).message}`);
  }
  return driver;
}

async function shutdown(logger: Logger, code: number): Promise<never> {
  const { server, driver, local } = running;
  await server?.stop().catch((e: unknown) => logger.warn({ err: e }, 'stopping HTTP'));
  logger.debug('HTTP stopped');
  await driver?.close().catch((e: unknown) => logger.warn({ err: e }, 'closing driver'));
  logger.debug('driver closed');
  await local?.stop().catch((e: unknown) => logger.warn({ err: e }, 'stopping local Neo4j'));
  logger.info({ code }, 'stopped');
  process.exit(code);
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`newsgraph: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  let stopping = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'shutting down');
      void shutdown(logger, 0);
    });
  }
  try {
    const driver = await connect(config, logger);
    const admin = new GraphClient(driver, { database: config.neo4j.database, timeoutMs: 300_000 });
    await applyMigrations(admin);
    if (config.seeds.onStart) {
      const seeded = await seedIfEmpty(driver, resolve(repoRoot(), config.seeds.dir), {
        database: config.neo4j.database ?? undefined,
      });
      if (seeded) logger.info(seeded, 'seeded an empty database');
    }
    running.server = await startServer({ config, driver, logger });
    logger.info({ url: `${running.server.url}/graphql` }, 'newsgraph is listening');
    // In the background: reads are served meanwhile; a failure costs only the first write a slower plan.
    warmWritePlans(admin).catch((error: unknown) => logger.warn({ err: error }, 'warming the write plans failed'));
  } catch (error) {
    logger.fatal({ err: { message: (error as Error).message } }, 'start-up failed');
    process.stderr.write(`newsgraph: start-up failed: ${(error as Error).message}\n`);
    await shutdown(logger, 1);
  }
}

void main();
