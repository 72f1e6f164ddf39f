/**
 * The whole graph back to seed files and in again, with the real commands
 * (`npm run export`, `npm run seed -- --reset`). `--reset` empties a whole
 * database, so this file runs its own Neo4j in a temporary directory rather
 * than touch the one the other test files share.
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';

import type { Driver } from 'neo4j-driver';

import { applyMigrations, GraphClient } from '../../src/graph';
import { repoRoot, startLocalNeo4j, type LocalNeo4j } from '../../src/local-neo4j';
import { fixtureDir, SEEDS_DIR } from '../fixtures/seeds/helpers';
import { startTestApi, type TestApi } from '../support/api';
import { testDriver } from '../support/neo4j';

jest.setTimeout(300_000);

const TSX = join(repoRoot(), 'node_modules/.bin/tsx');
let neo4j: LocalNeo4j;
let driver: Driver;
let temp: string;

beforeAll(async () => {
  temp = await mkdtemp(join(os.tmpdir(), 'newsgraph-export-round-trip-'));
  neo4j = await startLocalNeo4j({ dataDir: join(temp, 'neo4j'), heap: '512m', pageCache: '64m' });
  driver = testDriver(neo4j.uri);
  await applyMigrations(new GraphClient(driver, { database: null, timeoutMs: 120_000 }));
});

afterAll(async () => {
  await driver?.close();
  await neo4j?.stop();
  await rm(temp, { recursive: true, force: true });
});

function run(script: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [script, ...args], {
      cwd: repoRoot(),
      env: { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_DATABASE: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function runOk(script: string, args: string[]): Promise<string> {
  const result = await run(script, args);
  if (result.code !== 0) throw new Error(`${script} ${args.join(' ')} exited ${result.code}: ${result.stderr}`);
  return result.stdout;
}

/** Every file under `dir`, relative path -> bytes. */
async function files(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const sub of ['articles', 'graph']) {
    for (const name of (await readdir(join(dir, sub))).sort())
      out.set(`${sub}/${name}`, await readFile(join(dir, sub, name)));
  }
  return out;
}

/** Everything stored: labels and properties of every node, type, ends and properties of every relationship. */
async function databaseContent(): Promise<string> {
  const { records } = await driver.executeQuery(
    `CALL () { MATCH (n) WITH n ORDER BY n.id RETURN collect([labels(n), properties(n)]) AS nodes }
     CALL () { MATCH (a)-[r]->(b) WITH a, r, b ORDER BY r.id RETURN collect([type(r), a.id, b.id, properties(r)]) AS rels }
     RETURN nodes, rels`,
  );
  const sortKeys = (_key: string, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) && !('year' in v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v;
  return JSON.stringify([records[0]!.get('nodes'), records[0]!.get('rels')], sortKeys);
}

const QUERIES: Array<[string, Record<string, unknown>]> = [
  [
    '{ stats { entityCount relationshipCount sourceCount entitiesByKind { kind count } relationshipsByType { type count } } }',
    {},
  ],
  [
    `query($id: ID!) { neighbourhood(id: $id, depth: 2) { nodes { id kind name aliases description named degree } edges { id type fromId toId status confidence date { value precision } since { value precision } until { value precision } qualifiers { key value } explanation sources { documentId quote start end attributedTo { id } } } layers } }`,
    { id: 'nayib-bukele' },
  ],
  [
    `query { path(from: "donald-trump", to: "ms-13") { reason path { nodes { id } hops { explanation relationship { id } } } } }`,
    {},
  ],
  [`query { search(text: "bukele") { score entity { id name } } }`, {}],
  [
    `query { timeline(id: "donald-trump", first: 50) { totalCount entries { when { text } relationship { id } } } }`,
    {},
  ],
  [
    `query { entity(id: "alien-enemies-act-1798") { id name ... on Law { enactedYear priorInvocations priorInvocationsWartimeOnly } sources { quote start end documentId } } }`,
    {},
  ],
];

async function answers(): Promise<unknown[]> {
  const api: TestApi = await startTestApi({ NEO4J_URI: neo4j.uri, NEO4J_DATABASE: '', TX_TIMEOUT_MS: '30000' });
  try {
    const out = [];
    for (const [query, variables] of QUERIES) {
      const { body } = await api.gql(query, variables);
      expect(body.errors).toBeUndefined();
      out.push(body.data);
    }
    return out;
  } finally {
    await api.stop();
  }
}

test('seed -> export -> reset and seed from the export -> export again: the same files, graph and answers', async () => {
  // Two articles: the real seed and a second one sharing its entities (cross-document sources).
  const seeds = join(temp, 'seeds');
  for (const dir of [SEEDS_DIR, fixtureDir('second-article')]) {
    await cp(join(dir, 'articles'), join(seeds, 'articles'), { recursive: true });
    await cp(join(dir, 'graph'), join(seeds, 'graph'), { recursive: true });
  }
  await runOk('src/seed/cli.ts', ['--dir', seeds, '--reset']);
  const seeded = await databaseContent();
  const seededAnswers = await answers();

  const first = join(temp, 'export-1');
  const printed = await runOk('src/seed/export-cli.ts', ['--out', first]);
  expect(printed).toMatch(/exported to .*: 2 document\(s\), \d+ entities, \d+ relationships in \d+ files/);

  const reloaded = await runOk('src/seed/cli.ts', ['--dir', first, '--reset']);
  expect(reloaded).toContain('seeded (after reset): 2 document(s)');
  expect(await databaseContent()).toBe(seeded);
  expect(await answers()).toEqual(seededAnswers);

  const second = join(temp, 'export-2');
  await runOk('src/seed/export-cli.ts', ['--out', second]);
  const [a, b] = [await files(first), await files(second)];
  expect([...b.keys()]).toEqual([...a.keys()]);
  for (const [name, bytes] of a) expect(b.get(name)!.equals(bytes)).toBe(true);
  expect([...a.keys()]).toEqual(
    expect.arrayContaining(['graph/_entities-000001.json', 'graph/_relationships-000001.json']),
  );

  // Nothing is retracted yet, so --current-only writes the same graph.
  const current = join(temp, 'export-current');
  expect(await runOk('src/seed/export-cli.ts', ['--out', current, '--current-only'])).toContain('(current facts only)');
  const c = await files(current);
  for (const [name, bytes] of a) expect(c.get(name)!.equals(bytes)).toBe(true);
});

test('refuses a non-empty output directory, and a missing --out', async () => {
  const busy = join(temp, 'busy');
  await cp(join(SEEDS_DIR, 'articles'), join(busy, 'articles'), { recursive: true });
  const refused = await run('src/seed/export-cli.ts', ['--out', busy]);
  expect(refused.code).toBe(1);
  expect(refused.stderr).toContain('is not empty');
  const usage = await run('src/seed/export-cli.ts', []);
  expect(usage.code).toBe(2);
  expect(usage.stderr).toContain('--out is required');
});
