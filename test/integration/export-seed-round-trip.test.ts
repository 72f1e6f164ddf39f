/**
 * The whole graph back to seed files and in again, with the real commands
 * (`npm run export`, `npm run seed -- --reset`), for a seeded graph and for
 * one corrected through the write path (versions, retractions). `--reset`
 * empties a whole database, so this file runs its own Neo4j in a temporary
 * directory rather than touch the one the other test files share.
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';

import type { Driver } from 'neo4j-driver';

import { systemViewer } from '../../src/domain';
import {
  applyMigrations,
  GraphClient,
  judgeNotSame,
  mergeEntities,
  retractRelationship,
  retractSource,
  splitMerge,
  updateEntity,
  updateRelationship,
} from '../../src/graph';
import { repoRoot, startLocalNeo4j, type LocalNeo4j } from '../../src/local-neo4j';
import { fixtureDir, SEEDS_DIR } from '../fixtures/seeds/helpers';
import { startTestApi, type TestApi } from '../support/api';
import { testDriver } from '../support/neo4j';

jest.setTimeout(600_000);

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

/**
 * Everything stored: labels and properties of every node, type, ends and
 * properties of every relationship (every version). Audit records stay
 * behind by design (a load appends its own), so they are not compared.
 */
async function databaseContent(): Promise<string> {
  const { records } = await driver.executeQuery(
    `CALL () { MATCH (n) WHERE NOT n:AuditRecord WITH n ORDER BY n.id RETURN collect([labels(n), properties(n)]) AS nodes }
     CALL () { MATCH (a)-[r]->(b) WITH a, r, b ORDER BY r.id, r.version RETURN collect([type(r), a.id, b.id, properties(r)]) AS rels }
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

async function answers(more: Array<[string, Record<string, unknown>]> = []): Promise<unknown[]> {
  const api: TestApi = await startTestApi({ NEO4J_URI: neo4j.uri, NEO4J_DATABASE: '', TX_TIMEOUT_MS: '30000' });
  try {
    const out = [];
    for (const [query, variables] of [...QUERIES, ...more]) {
      const { body } = await api.gql(query, variables);
      expect(body.errors).toBeUndefined();
      out.push(body.data);
    }
    return out;
  } finally {
    await api.stop();
  }
}

/**
 * Search scores without their exact values: an entity updated in place leaves
 * its old document in the full-text index until Lucene merges segments, which
 * shifts the term statistics behind every score a little. The hits and their
 * order are compared; the scores are index state, not graph content.
 */
const withoutScores = (answers: unknown[]) =>
  JSON.parse(JSON.stringify(answers, (key, value: unknown) => (key === 'score' ? undefined : value)));

/** Two articles: the real seed and a second one sharing its entities (cross-document sources). */
async function seedTwoArticles(): Promise<void> {
  const seeds = join(temp, 'seeds');
  for (const dir of [SEEDS_DIR, fixtureDir('second-article')]) {
    await cp(join(dir, 'articles'), join(seeds, 'articles'), { recursive: true });
    await cp(join(dir, 'graph'), join(seeds, 'graph'), { recursive: true });
  }
  await runOk('src/seed/cli.ts', ['--dir', seeds, '--reset']);
}

/** The graph file entries whose `id` is `id`, across a whole export. */
function entries(exported: Map<string, Buffer>, id: string): Array<Record<string, any>> {
  return [...exported]
    .filter(([name]) => name.startsWith('graph/'))
    .flatMap(([, bytes]) => {
      const file = JSON.parse(bytes.toString('utf8'));
      return [...(file.relationships ?? []), ...(file.entities ?? []), ...(file.document ? [file.document] : [])];
    })
    .filter((entry) => entry.id === id);
}

test('seed -> export -> reset and seed from the export -> export again: the same files, graph and answers', async () => {
  await seedTwoArticles();
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

test('a corrected graph: versions, retractions and source times survive the round trip; --current-only leaves them out', async () => {
  await seedTwoArticles();
  const client = new GraphClient(driver, { database: null, timeoutMs: 60_000 });
  const before = new Date().toISOString();
  await new Promise((resolve) => setTimeout(resolve, 5));
  const editor = systemViewer('round-trip-test').actor;
  await updateRelationship(client, editor, {
    id: 'trump-wrote-letter',
    expectedVersion: 1,
    confidence: 0.8,
    reason: 'the letter is posted, its author inferred',
  });
  await retractRelationship(client, editor, { id: 'video-shows-first-group', reason: 'the video is not shown' });
  const thanked = await retractSource(client, editor, {
    relationshipId: 'trump-thanked-bukele',
    documentId: 'article-000-b0502ea1321b6f98',
    start: 419,
    reason: 'the quote thanks no one',
  });
  expect(thanked.relationship.version).toBe(2);
  await updateEntity(client, editor, { id: 'ms-13', expectedVersion: 1, aliases: ['Mara Salvatrucha'] });
  const { merge } = await mergeEntities(client, editor, {
    keep: 'federal-judge',
    absorb: 'judge-handling-case',
    reason: 'the judge who ordered the halt handles the case',
  });
  await judgeNotSame(client, editor, {
    a: 'hardened-criminals',
    b: 'deported-gang-members',
    reason: 'the deportees are not all said to be criminals',
  });

  // History as the API reads it: the graph before the corrections, and each version's record.
  const history: Array<[string, Record<string, unknown>]> = [
    [`query($t: DateTime) { stats(knownAt: $t) { relationshipCount sourceCount } }`, { t: before }],
    [
      `query($id: ID!, $t: DateTime) { now: relationship(id: $id) { version recordedAt retraction { at by reason supersededBy } confidence sources { quote recordedAt } }
        then: relationship(id: $id, knownAt: $t) { version recordedAt retraction { at reason supersededBy } confidence } }`,
      { id: 'trump-wrote-letter', t: before },
    ],
    [`query { relationship(id: "video-shows-first-group") { version retraction { by reason supersededBy } } }`, {}],
    [`query { entity(id: "ms-13") { version recordedAt aliases } }`, {}],
    // The absorbed id answers with the kept entity, which lists the merge; search and stats leave it out.
    [
      `query($m: ID!) { entity(id: "judge-handling-case") { id resolvedFrom aliases mergedFrom { id absorbedId movedRelationshipIds withdrawnRelationshipIds split { at } } }
        entityMerge(id: $m) { id at by reason keptId absorbedId } }`,
      { m: merge.id },
    ],
    [`query { search(text: "judge") { entity { id } } }`, {}],
  ];
  const corrected = await databaseContent();
  const correctedAnswers = await answers(history);
  expect(correctedAnswers.at(-4)).toMatchObject({
    relationship: { version: 1, retraction: { by: 'system:round-trip-test', supersededBy: null } },
  });
  expect(correctedAnswers.at(-2)).toMatchObject({
    entity: { id: 'federal-judge', resolvedFrom: 'judge-handling-case', mergedFrom: [{ id: merge.id, split: null }] },
    entityMerge: { id: merge.id, keptId: 'federal-judge' },
  });

  const first = join(temp, 'corrected-1');
  await runOk('src/seed/export-cli.ts', ['--out', first]);
  const a = await files(first);
  // Both versions of the corrected fact, the retracted one linked to its successor.
  expect(entries(a, 'trump-wrote-letter').map((e) => [e.record.version, e.retraction?.supersededBy ?? null])).toEqual([
    [1, 2],
    [2, null],
  ]);
  expect(entries(a, 'video-shows-first-group')[0]!.retraction).toMatchObject({ reason: 'the video is not shown' });
  expect(entries(a, 'ms-13')[0]!.record).toMatchObject({ version: 2, updatedBy: 'system:round-trip-test' });
  expect(entries(a, 'judge-handling-case')[0]!.record).toMatchObject({
    mergedInto: 'federal-judge',
    mergeId: merge.id,
  });
  const resolution = (name: string) => JSON.parse(a.get(name)!.toString('utf8'));
  expect(resolution('graph/_merges-000001.json').merges).toEqual([
    expect.objectContaining({ id: merge.id, keepId: 'federal-judge', absorbId: 'judge-handling-case' }),
  ]);
  expect(resolution('graph/_not-same-000001.json').notSame).toEqual([
    expect.objectContaining({ a: 'deported-gang-members', b: 'hardened-criminals' }),
  ]);

  const reloaded = await runOk('src/seed/cli.ts', ['--dir', first, '--reset']);
  // 3 versions retracted by the corrections, 2 by the merge (which restated them on the kept entity).
  expect(reloaded).toMatch(/relationships \(and 5 retracted version\(s\)\)/);
  expect(await databaseContent()).toBe(corrected);
  expect(withoutScores(await answers(history))).toEqual(withoutScores(correctedAnswers));

  const second = join(temp, 'corrected-2');
  await runOk('src/seed/export-cli.ts', ['--out', second]);
  const b = await files(second);
  expect([...b.keys()]).toEqual([...a.keys()]);
  for (const [name, bytes] of a) expect(b.get(name)!.equals(bytes)).toBe(true);

  // Loading the same export again changes nothing (no version is written twice).
  await runOk('src/seed/cli.ts', ['--dir', second]);
  expect(await databaseContent()).toBe(corrected);

  // The reloaded merge can be split: the absorbed entity is its own again, and listed by search.
  const split = await splitMerge(client, editor, { mergeId: merge.id, reason: 'two judges after all' });
  expect(split.merge.split).toMatchObject({ by: 'system:round-trip-test' });
  const { records: absorbed } = await driver.executeQuery(
    `MATCH (e:Entity {id: 'judge-handling-case'}) RETURN e.mergedInto AS into, e.mergeId AS mergeId`,
  );
  expect(absorbed[0]!.toObject()).toEqual({ into: null, mergeId: null });
  const afterSplit = (await answers([[`query { search(text: "judge") { entity { id } } }`, {}]])).at(-1);
  expect(JSON.stringify(afterSplit)).toContain('judge-handling-case');
  expect(JSON.stringify(correctedAnswers.at(-1))).not.toContain('judge-handling-case');
  await runOk('src/seed/cli.ts', ['--dir', second, '--reset']);
  expect(await databaseContent()).toBe(corrected);

  // --current-only: the withdrawn fact and the replaced versions are left out; the rest keeps its record.
  const current = join(temp, 'corrected-current');
  await runOk('src/seed/export-cli.ts', ['--out', current, '--current-only']);
  const c = await files(current);
  expect(entries(c, 'video-shows-first-group')).toEqual([]);
  expect(entries(c, 'trump-wrote-letter').map((e) => e.record.version)).toEqual([2]);
  expect(JSON.stringify([...c.values()].map(String))).not.toContain('"retraction"');
  await runOk('src/seed/cli.ts', ['--dir', current, '--reset']);
  const { records } = await driver.executeQuery(
    `MATCH ()-[r]->() RETURN count(r) AS all, count(r.retractedAt) AS retracted, max(r.version) AS top`,
  );
  expect(records[0]!.get('retracted')).toBe(0);
  expect(records[0]!.get('top')).toBe(2);
  const stats = (correctedAnswers[0] as { stats: { relationshipCount: number } }).stats;
  expect(records[0]!.get('all')).toBe(stats.relationshipCount);
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
