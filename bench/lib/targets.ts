import path from 'node:path';

import { findFreePort, repoRoot } from '../../src/local-neo4j';
import type { BenchQuery } from '../queries';
import { withSequence } from './sequence';
import type { BenchDatabase } from './database';
import { startChild, type ChildServer } from './processes';

/** `baseline`: another build of newsgraph (--baseline), for before/after figures in the same run. */
export type TargetName = 'newsgraph' | 'baseline' | 'library' | 'raw';
export const TARGET_NAMES: readonly TargetName[] = ['newsgraph', 'library', 'raw'];

export const TARGET_LABELS: Readonly<Record<TargetName, string>> = {
  newsgraph: 'newsgraph',
  baseline: 'newsgraph before',
  library: '@neo4j/graphql',
  raw: 'raw Cypher',
};

/** One answer, as the runner reads it while preparing (not under load). */
export interface Answer {
  /** GraphQL `data`, or the raw target's rows. */
  data: any;
  /** Statements of this request when the target says (newsgraph), else the target's running total. */
  statements: number | null;
  statementsTotal: number | null;
  errors: unknown[] | null;
}

export interface Target {
  name: TargetName;
  server: ChildServer;
  handles(query: BenchQuery): boolean;
  path(query: BenchQuery): string;
  /** Headers besides the content type: newsgraph's write key for the write mix. */
  headers(query: BenchQuery): Record<string, string>;
  body(query: BenchQuery, vars: unknown, cursor: string | null): string;
  send(query: BenchQuery, vars: unknown, cursor: string | null): Promise<Answer>;
  cursor(query: BenchQuery, answer: Answer): string | null;
  fingerprint(query: BenchQuery, answer: Answer): unknown;
}

async function post(
  url: string,
  body: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: any }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: withSequence(body),
  });
  return { status: response.status, json: await response.json() };
}

const tsxArgs = (file: string) => ['--import', 'tsx', path.join(repoRoot(), 'bench', 'targets', file)];

function neo4jEnv(db: BenchDatabase, port: number): NodeJS.ProcessEnv {
  return {
    PATH: process.env['PATH'],
    HOME: process.env['HOME'],
    NODE_ENV: 'production',
    PORT: String(port),
    NEO4J_URI: db.uri,
    NEO4J_USER: db.user,
    ...(db.password ? { NEO4J_PASSWORD: db.password } : {}),
  };
}

function graphqlTarget(
  name: 'newsgraph' | 'baseline' | 'library',
  server: ChildServer,
  writeKey: string | null = null,
): Target {
  const shape = (query: BenchQuery) => (name === 'library' ? query.library! : query.newsgraph);
  const target: Target = {
    name,
    server,
    // The baseline is an older build, for the read mix: the write mix measures this build alone.
    handles: (query) => (name === 'library' ? query.library !== null : name === 'newsgraph' || !query.write),
    path: () => '/graphql',
    headers: (query): Record<string, string> =>
      query.write && writeKey !== null ? { authorization: `Bearer ${writeKey}` } : {},
    body: (query, vars, cursor) =>
      JSON.stringify({ query: shape(query).query, variables: shape(query).variables(vars, cursor) }),
    async send(query, vars, cursor) {
      const { status, json } = await post(
        server.url + '/graphql',
        target.body(query, vars, cursor),
        target.headers(query),
      );
      const errors = status !== 200 ? [json] : ((json.errors as unknown[] | undefined) ?? null);
      return {
        data: json.data,
        statements: json.extensions?.newsgraph?.cypherStatements ?? null,
        statementsTotal: json.extensions?.statementsTotal ?? null,
        errors,
      };
    },
    cursor: (query, answer) => shape(query).cursor?.(answer.data) ?? null,
    fingerprint: (query, answer) => shape(query).fingerprint(answer.data),
  };
  return target;
}

function rawTarget(server: ChildServer): Target {
  const target: Target = {
    name: 'raw',
    server,
    handles: () => true,
    path: (query) => `/q/${encodeURIComponent(query.name)}`,
    headers: () => ({}),
    body: (query, vars, cursor) => JSON.stringify(query.raw.params(vars, cursor)),
    async send(query, vars, cursor) {
      const { status, json } = await post(server.url + target.path(query), target.body(query, vars, cursor));
      return {
        data: json.rows,
        statements: null,
        statementsTotal: json.statementsTotal ?? null,
        errors: status === 200 ? null : [json],
      };
    },
    cursor: (query, answer) => query.raw.cursor?.(answer.data) ?? null,
    fingerprint: (query, answer) => query.raw.fingerprint(answer.data),
  };
  return target;
}

/**
 * Starts a target's server process on a free loopback port. newsgraph is the
 * real process (`node dist/src/main.js`, built first) with request logging at
 * `warn` (the others log nothing either) and no seeding; the library and raw
 * Cypher servers are this directory's targets/*.ts.
 */
export async function startTarget(
  name: TargetName,
  db: BenchDatabase,
  options: { baselineMain?: string; writeKey?: string; cpuProfDir?: string | null } = {},
): Promise<Target> {
  const { baselineMain, writeKey, cpuProfDir } = options;
  const port = await findFreePort();
  const url = `http://127.0.0.1:${port}`;
  const env = neo4jEnv(db, port);
  switch (name) {
    case 'newsgraph':
    case 'baseline': {
      const main =
        name === 'baseline' ? path.resolve(baselineMain ?? '') : path.join(repoRoot(), 'dist', 'src', 'main.js');
      const server = await startChild({
        name,
        command: process.execPath,
        // --cpu-prof DIR: V8 writes the server's profile there when it stops (`npx tsx bench/profile.ts DIR/…`).
        args: [...(cpuProfDir ? ['--cpu-prof', '--cpu-prof-dir', path.join(cpuProfDir, name)] : []), main],
        env: { ...env, HOST: '127.0.0.1', SEED_ON_START: 'false', LOG_LEVEL: 'warn' },
        cwd: path.resolve(path.dirname(main), '..', '..'),
        url,
        ready: async () => (await fetch(`${url}/ready`)).status === 200,
      });
      return graphqlTarget(name, server, writeKey ?? null);
    }
    case 'library': {
      const server = await startChild({
        name,
        command: process.execPath,
        args: tsxArgs('library-server.ts'),
        env,
        cwd: repoRoot(),
        url,
        ready: async () => (await post(`${url}/graphql`, JSON.stringify({ query: '{ __typename }' }))).status === 200,
      });
      return graphqlTarget(name, server);
    }
    case 'raw': {
      const server = await startChild({
        name,
        command: process.execPath,
        args: tsxArgs('raw-server.ts'),
        env,
        cwd: repoRoot(),
        url,
        ready: async () => (await fetch(`${url}/health`)).status === 200,
      });
      return rawTarget(server);
    }
  }
}
