import { loadConfig } from '../../src/config';
import { createDriver, type Driver } from '../../src/graph';
import { startServer, type AppOptions, type RunningServer } from '../../src/server/app';
import { createLogger, type Logger } from '../../src/server/logger';

export interface GraphQLResponse<T = any> {
  status: number;
  headers: Headers;
  body: {
    data?: T;
    errors?: Array<{ message: string; extensions?: Record<string, any>; path?: unknown[] }>;
    extensions?: any;
  };
}

export interface TestApi {
  url: string;
  server: RunningServer;
  driver: Driver;
  /** POSTs a GraphQL request and returns status, headers and parsed body. */
  gql<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

/**
 * An in-process server on 127.0.0.1 and a free port, against NEO4J_URI (set
 * by the Jest global setup). `env` overrides configuration, e.g. limits.
 */
export async function startTestApi(
  env: Record<string, string> = {},
  logger: Logger = createLogger('silent'),
  viewerFor?: AppOptions['viewerFor'],
): Promise<TestApi> {
  const config = loadConfig({ ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'silent', ...env });
  const driver = createDriver({
    uri: config.neo4j.uri!,
    user: config.neo4j.user,
    password: config.neo4j.password,
    retryMs: config.neo4j.retryMs,
  });
  const server = await startServer({ config, driver, logger, viewerFor });
  const url = `${server.url}/graphql`;
  return {
    url,
    server,
    driver,
    async gql(query, variables, headers) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, headers: res.headers, body: (await res.json()) as GraphQLResponse['body'] };
    },
    async stop() {
      await server.stop();
      await driver.close();
    },
  };
}
