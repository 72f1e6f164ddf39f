import { loadConfig, type Config } from '../../src/config';
import { createDriver, type Driver } from '../../src/graph';
import { startServer } from '../../src/server/app';
import { createLogger } from '../../src/server/logger';

/**
 * The server the docs' renderers run their examples against: the real app on
 * a free port, against NEO4J_URI, logging nothing. `work` gets its URL; the
 * server and the driver are closed after it, whatever happens.
 */
export async function withDocsServer<T>(
  work: (server: { url: string; config: Config; driver: Driver }) => Promise<T>,
): Promise<T> {
  const config = loadConfig({ ...process.env, PORT: '0', LOG_LEVEL: 'silent' });
  const driver = createDriver({
    uri: config.neo4j.uri!,
    user: config.neo4j.user,
    password: config.neo4j.password,
    retryMs: 1000,
  });
  const server = await startServer({ config, driver, logger: createLogger('silent') });
  try {
    return await work({ url: server.url, config, driver });
  } finally {
    await server.stop();
    await driver.close();
  }
}
