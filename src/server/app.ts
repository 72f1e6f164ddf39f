import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

import type { Config } from '../config/types';
import { anonymousViewer, type Viewer } from '../domain/viewer';
import { GraphClient, ping, type Driver } from '../graph';
import type { GraphQLContext } from '../graphql/context';
import { createLoaders } from '../loaders';
import { createApollo } from './apollo';
import { applyCors } from './http/cors';
import { handleGraphQL } from './http/graphql-handler';
import { HttpError } from './http/read-body';
import { sendGraphQLError, sendJson } from './http/send';
import type { Logger } from './logger';
import { MANIFEST_FILE, PersistedOperations, loadManifest } from './persisted';
import { repoRoot } from '../repo-root';
import { requestIdOf } from './request-id';
import { createWebRoutes, type WebOptions } from './web';

export interface AppOptions {
  config: Config;
  driver: Driver;
  logger: Logger;
  /** Where the playground, explorer and their examples come from (tests point elsewhere). */
  web?: WebOptions;
  /** The persisted operations manifest; default operations/persisted-operations.json. */
  persistedManifest?: string;
  /**
   * TEST SEAM, the one place a viewer is chosen until API keys resolve it from
   * the request's credential: tests give a viewer with the `write` scope here.
   * Unset (production): every request is the anonymous reader.
   */
  viewerFor?: (req: IncomingMessage) => Viewer;
}

export interface RunningServer {
  url: string;
  port: number;
  httpServer: Server;
  /** Stops accepting, lets requests in flight finish, then stops Apollo. */
  stop(): Promise<void>;
}

/** Starts the HTTP server: /graphql, /health, /ready, the playground, /explore and /assets. */
export async function startServer({
  config,
  driver,
  logger,
  web,
  persistedManifest,
  viewerFor = () => anonymousViewer(['read']),
}: AppOptions): Promise<RunningServer> {
  const manifestPath = persistedManifest ?? join(repoRoot(), 'operations', MANIFEST_FILE);
  // Off, a missing manifest only means no hash-only shortcuts; enforced, it stops start-up.
  const persisted = new PersistedOperations(
    config.http.persistedOperations === 'enforce' || existsSync(manifestPath) ? loadManifest(manifestPath) : new Map(),
    config.http.persistedOperations,
  );
  const webRoutes = createWebRoutes(web);
  const apollo = createApollo({ limits: config.limits, logger, introspection: config.http.introspection });
  await apollo.start();
  const clientOptions = { database: config.neo4j.database, timeoutMs: config.neo4j.txTimeoutMs };

  const contextFor = (requestId: string, req: IncomingMessage) => async (): Promise<GraphQLContext> => {
    const graph = new GraphClient(driver, clientOptions);
    // Reads are open until API keys arrive (READ_ACCESS); nothing writes yet.
    return {
      graph,
      loaders: createLoaders(graph),
      limits: config.limits,
      requestId,
      viewer: viewerFor(req),
    };
  };

  const route = async (req: IncomingMessage, res: ServerResponse, requestId: string) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (applyCors(req, res, config.http.corsOrigins)) return;
    if (url.pathname === '/health' && req.method === 'GET') return sendJson(res, 200, { status: 'ok' });
    if (url.pathname === '/ready' && req.method === 'GET') {
      try {
        await ping(new GraphClient(driver, { ...clientOptions, timeoutMs: 2_000 }));
        return sendJson(res, 200, { status: 'ready' });
      } catch (error) {
        return sendJson(res, 503, { status: 'unavailable', reason: (error as Error).message });
      }
    }
    if (webRoutes(req, res, url)) return;
    if (url.pathname === '/graphql') {
      return handleGraphQL(apollo, req, res, url, contextFor(requestId, req), (parts) => persisted.prepare(parts));
    }
    return sendJson(res, 404, { error: `Nothing at ${url.pathname}. The API is at /graphql.` });
  };

  const httpServer = createServer((req, res) => {
    const requestId = requestIdOf(req);
    const started = process.hrtime.bigint();
    res.setHeader('x-request-id', requestId);
    res.on('finish', () => {
      logger.info(
        {
          requestId,
          method: req.method,
          path: req.url?.split('?')[0],
          status: res.statusCode,
          ms: Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100,
        },
        'request',
      );
    });
    route(req, res, requestId).catch((error: unknown) => {
      if (error instanceof HttpError) return sendGraphQLError(res, error.status, error.message, error.code);
      logger.error({ requestId, err: error }, 'request failed');
      if (!res.headersSent) sendGraphQLError(res, 500, 'Internal server error.', 'INTERNAL_SERVER_ERROR');
      else res.end();
    });
  });
  httpServer.keepAliveTimeout = 5_000;

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.http.port, config.http.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${config.http.host}:${port}`;

  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= (async () => {
      const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      httpServer.closeIdleConnections();
      const force = setTimeout(() => httpServer.closeAllConnections(), 10_000);
      await closed;
      clearTimeout(force);
      await apollo.stop();
    })();
    return stopping;
  };
  return { url, port, httpServer, stop };
}
