/**
 * The floor: the benchmark's queries as hand-written Cypher, one statement per
 * request, through neo4j-driver with no GraphQL. A child process of the
 * runner: `POST /q/<query name>` with the parameters as JSON answers
 * `{ rows, statementsTotal }`. Same driver settings as newsgraph's
 * (src/graph/driver.ts) and the same server-side transaction timeout.
 */
import { createServer } from 'node:http';
import type * as Neo4j from 'neo4j-driver';

import { benchRequire } from '../lib/bench-require';
import { QUERIES } from '../queries';
import { StatementCounter } from './counting';
import { readJson, requiredEnv, sendJson } from './http';

const neo4j = benchRequire<typeof Neo4j>('neo4j-driver');

/** Whole numbers as Cypher integers (LIMIT needs them), like newsgraph's GraphClient. */
function cypherValue(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(cypherValue);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cypherValue(v)]));
  }
  return value;
}

async function main(): Promise<void> {
  const counter = new StatementCounter();
  const password = process.env['NEO4J_PASSWORD'] ?? '';
  const driver = counter.wrapDriver(
    neo4j.driver(requiredEnv('NEO4J_URI'), neo4j.auth.basic(process.env['NEO4J_USER'] ?? 'neo4j', password), {
      disableLosslessIntegers: true,
      maxConnectionPoolSize: 50,
      connectionAcquisitionTimeout: 5_000,
      logging: { level: 'error', logger: () => undefined },
    }),
  );
  const timeout = Number(process.env['TX_TIMEOUT_MS'] ?? 5_000);
  const statements = new Map(QUERIES.map((q) => [q.name, q.raw.cypher]));
  const writes = new Set(QUERIES.filter((q) => q.write).map((q) => q.name));

  const server = createServer((req, res) => {
    const name = req.url?.startsWith('/q/') ? decodeURIComponent(req.url.slice(3)) : null;
    if (req.method === 'GET' && req.url === '/health') return sendJson(res, 200, { status: 'ok' });
    const cypher = name === null ? undefined : statements.get(name);
    if (req.method !== 'POST' || cypher === undefined)
      return sendJson(res, 404, { errors: [{ message: `no query at ${req.url}` }] });
    readJson(req)
      .then(async (params) => {
        const result = await driver.executeQuery(cypher, cypherValue(params), {
          routing: writes.has(name!) ? neo4j.routing.WRITE : neo4j.routing.READ,
          transactionConfig: { timeout },
        });
        sendJson(res, 200, { rows: result.records.map((r) => r.toObject()), statementsTotal: counter.total });
      })
      .catch((error: unknown) => sendJson(res, 500, { errors: [{ message: (error as Error).message }] }));
  });
  server.keepAliveTimeout = 60_000;
  server.listen(Number(requiredEnv('PORT')), '127.0.0.1', () => console.log('BENCH_TARGET_READY'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
