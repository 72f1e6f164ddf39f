/**
 * The seed writer against a real Neo4j. The database is shared with other test
 * files running in parallel (and already holds the real seed, loaded by the
 * global setup), so every graph written here is renamed with a unique id
 * prefix, every check looks only at those ids, and only they are deleted.
 */
import type { Driver } from 'neo4j-driver';

import type { Relationship, SeedGraph } from '../../src/domain';
import { seedClient, writeSeedGraph } from '../../src/graph/writes';
import { countSeedGraph, loadSeedDir, loadSeedGraph, seedIfEmpty, SeedValidationError } from '../../src/seed';
import { fixtureDir, prefixGraph, SEEDS_DIR, uniquePrefix, validGraph } from '../fixtures/seeds/helpers';
import { testDriver } from '../support/neo4j';

const database = process.env['NEO4J_DATABASE'];

interface Snapshot {
  nodes: number;
  /** Current versions only (a reload that changes a fact retracts its old version and keeps it). */
  relationships: number;
  sources: number;
  /** Every id with everything stored on it (retracted versions too), sorted: equal snapshots mean an unchanged region. */
  checksum: string;
}

let driver: Driver;
const prefixes: string[] = [];

beforeAll(() => {
  driver = testDriver();
});

afterAll(async () => {
  for (const prefix of prefixes) {
    await driver.executeQuery(
      'MATCH (n:Entity) WHERE n.id STARTS WITH $prefix DETACH DELETE n',
      { prefix },
      { database },
    );
  }
  await driver.close();
});

function newPrefix(label: string): string {
  const prefix = uniquePrefix(label);
  prefixes.push(prefix);
  return prefix;
}

/** JSON with object keys sorted, so that equal maps give equal text. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

async function snapshot(prefix: string): Promise<Snapshot> {
  const { records } = await driver.executeQuery(
    `CALL () {
       MATCH (n:Entity) WHERE n.id STARTS WITH $prefix
       WITH n ORDER BY n.id
       RETURN count(n) AS nodes, collect([labels(n), properties(n)]) AS nodeData
     }
     CALL () {
       MATCH (a)-[r]->(b) WHERE r.id STARTS WITH $prefix
       WITH a, r, b ORDER BY r.id, r.version
       RETURN sum(CASE WHEN r.retractedAt IS NULL THEN 1 ELSE 0 END) AS relationships,
              sum(CASE WHEN r.retractedAt IS NULL THEN size(r.sourceQuotes) ELSE 0 END) AS sources,
              collect([type(r), a.id, b.id, properties(r)]) AS relData
     }
     RETURN nodes, coalesce(relationships, 0) AS relationships, coalesce(sources, 0) AS sources, nodeData, relData`,
    { prefix },
    { database },
  );
  const row = records[0]!;
  return {
    nodes: Number(row.get('nodes')),
    relationships: Number(row.get('relationships')),
    sources: Number(row.get('sources')),
    checksum: canonical([row.get('nodeData'), row.get('relData')]),
  };
}

describe('seeding the real seed graph', () => {
  let graph: SeedGraph;
  let prefix: string;
  beforeAll(async () => {
    prefix = newPrefix('twice');
    graph = prefixGraph(await validGraph(SEEDS_DIR), prefix);
  });

  it('writes it, and a second run changes nothing', async () => {
    const counts = await loadSeedGraph(driver, graph, { database });
    const first = await snapshot(prefix);
    expect(first).toMatchObject({
      nodes: counts.entities,
      relationships: counts.relationships,
      sources: counts.sources,
    });
    expect(first.nodes).toBe(31);

    await loadSeedGraph(driver, graph, { database });
    expect(await snapshot(prefix)).toEqual(first);
  }, 180_000);

  it('finds every relationship quote at its offsets in the stored article', async () => {
    const { records } = await driver.executeQuery(
      `MATCH ()-[r]->() WHERE r.id STARTS WITH $prefix AND r.retractedAt IS NULL
       UNWIND range(0, size(r.sourceQuotes) - 1) AS i
       MATCH (d:Document {id: r.sourceDocumentIds[i]})
       RETURN r.id AS id, size(r.sourceQuotes) AS n, r.sourceQuotes[i] AS quote,
              substring(d.text, r.sourceStarts[i], r.sourceEnds[i] - r.sourceStarts[i]) AS found`,
      { prefix },
      { database },
    );
    expect(records.length).toBe(countSeedGraph(graph).sources);
    for (const record of records) {
      expect(record.get('n')).toBeGreaterThanOrEqual(1);
      expect(record.get('found')).toBe(record.get('quote'));
    }
  });

  it('stores the storage model the readers expect', async () => {
    const { records } = await driver.executeQuery(
      `MATCH (a:Entity:Person {id: $from})-[r:INVITED]->(b:Entity:Person {id: $to})
       MATCH ()-[v:LOCATED_IN {id: $visit}]->()
       RETURN v.validFrom = date('2025-04-14') AS dayFrom, v.validTo = date('2025-04-14') AS dayTo,
              v.datePrecision AS precision, r.validFrom IS NULL AND r.datePrecision IS NULL AS invitationUndated,
              r.q_visitType AS visitType, r.confidence AS confidence,
              r.sourceAttributedTo AS credited, a.named AS named`,
      { from: `${prefix}donald-trump`, to: `${prefix}nayib-bukele`, visit: `${prefix}visit-at-white-house` },
      { database },
    );
    expect(records).toHaveLength(1);
    expect(records[0]!.toObject()).toEqual({
      dayFrom: true,
      dayTo: true,
      precision: 'DAY',
      invitationUndated: true,
      visitType: 'official working visit',
      confidence: 0.95,
      credited: [`${prefix}nayib-bukele`, '', ''],
      named: true,
    });
    const law = await driver.executeQuery(
      `MATCH (l:Entity:Law {id: $id}) RETURN l.enactedYear AS year, valueType(l.enactedYear) AS type`,
      { id: `${prefix}alien-enemies-act-1798` },
      { database },
    );
    expect(law.records[0]!.toObject()).toEqual({ year: 1798, type: 'INTEGER NOT NULL' });
  });

  it('does not seed a database that already holds entities', async () => {
    expect(await seedIfEmpty(driver, SEEDS_DIR, { database })).toBeNull();
  });
});

describe('a bad seed leaves the database exactly as it was', () => {
  let prefix: string;
  let before: Snapshot;
  beforeAll(async () => {
    prefix = newPrefix('bad');
    await loadSeedGraph(driver, prefixGraph(await validGraph(fixtureDir('good')), prefix), { database });
    before = await snapshot(prefix);
    expect(before.nodes).toBe(4);
  });

  it.each([
    'bad-unknown-kind',
    'bad-disallowed-endpoint',
    'bad-dangling-id',
    'bad-duplicate-id',
    'bad-quote-not-in-article',
    'bad-malformed-date',
  ])('%s is rejected with its errors and nothing is written', async (name) => {
    const attempt = loadSeedDir(driver, fixtureDir(name), { database });
    await expect(attempt).rejects.toBeInstanceOf(SeedValidationError);
    await expect(attempt).rejects.toThrow(/graph\/fixture\.json (entities|relationships)\[\d+\][\w.[\]]+: /);
    const { records } = await driver.executeQuery(
      'MATCH (n:Entity) WHERE n.id IN $ids RETURN count(n) AS n',
      { ids: ['fixture-doc', 'alice-example', 'bob-sample', 'examplestan', 'merlin'] },
      { database },
    );
    expect(Number(records[0]!.get('n'))).toBe(0);
    expect(await snapshot(prefix)).toEqual(before);
  });

  it('a write that fails half-way is rolled back entirely', async () => {
    const broken = prefixGraph(await validGraph(fixtureDir('good')), prefix);
    const changed: SeedGraph = {
      ...broken,
      entities: broken.entities.map((e) => ({ ...e, description: 'changed by a write that must not happen' })),
      relationships: [
        ...broken.relationships,
        { ...broken.relationships[0]!, id: `${prefix}dangling`, toId: `${prefix}nobody` },
      ],
    };
    await expect(writeSeedGraph(seedClient(driver, database), changed)).rejects.toThrow(
      `Seed write aborted, nothing was written: 1 LEADS relationship(s) have an endpoint that is not an entity: ${prefix}dangling (${prefix}nobody)`,
    );
    expect(await snapshot(prefix)).toEqual(before);
  });
});

describe('re-seeding an edited relationship', () => {
  it('keeps one current version per id when its endpoint or type changed, the old one retracted', async () => {
    const prefix = newPrefix('edit');
    const graph = prefixGraph(await validGraph(fixtureDir('good')), prefix);
    await loadSeedGraph(driver, graph, { database });
    const [leads, invited] = graph.relationships as [Relationship, Relationship];
    const edited: SeedGraph = {
      ...graph,
      relationships: [
        { ...leads, type: 'PARTNERED_WITH' },
        { ...invited, toId: `${prefix}examplestan` },
      ],
    };
    await loadSeedGraph(driver, edited, { database });
    const { records } = await driver.executeQuery(
      `MATCH (a)-[r]->(b) WHERE r.id STARTS WITH $prefix
       RETURN r.id AS id, r.version AS version, type(r) AS type, b.id AS to,
              r.retractedBy AS retractedBy, r.supersededBy AS supersededBy ORDER BY id, version`,
      { prefix },
      { database },
    );
    const seed = 'system:seed';
    expect(records.map((r) => r.toObject())).toEqual([
      {
        id: `${prefix}alice-invited-bob`,
        version: 1,
        type: 'INVITED',
        to: `${prefix}bob-sample`,
        retractedBy: seed,
        supersededBy: 2,
      },
      {
        id: `${prefix}alice-invited-bob`,
        version: 2,
        type: 'INVITED',
        to: `${prefix}examplestan`,
        retractedBy: null,
        supersededBy: null,
      },
      {
        id: `${prefix}alice-leads-examplestan`,
        version: 1,
        type: 'LEADS',
        to: `${prefix}examplestan`,
        retractedBy: seed,
        supersededBy: 2,
      },
      {
        id: `${prefix}alice-leads-examplestan`,
        version: 2,
        type: 'PARTNERED_WITH',
        to: `${prefix}examplestan`,
        retractedBy: null,
        supersededBy: null,
      },
    ]);
  });
});

describe('a second article merges into the first', () => {
  it('reuses entities by alias and adds sources to existing relationships', async () => {
    const prefix = newPrefix('merge');
    const first = prefixGraph(await validGraph(SEEDS_DIR), prefix);
    const merged = prefixGraph(await validGraph(SEEDS_DIR, fixtureDir('second-article')), prefix);
    await loadSeedGraph(driver, first, { database });
    const before = await snapshot(prefix);
    await loadSeedGraph(driver, merged, { database });
    const after = await snapshot(prefix);

    expect(after.nodes).toBe(before.nodes + 2);
    expect(after.relationships).toBe(before.relationships + 1);
    expect(after.sources).toBe(before.sources + 3);

    const { records } = await driver.executeQuery(
      `MATCH (a:Entity {id: $trump})-[r:INVITED]->(b:Entity {id: $bukele}) WHERE r.retractedAt IS NULL
       RETURN r.id AS id, r.sourceDocumentIds AS documents, b.aliases AS aliases`,
      { trump: `${prefix}donald-trump`, bukele: `${prefix}nayib-bukele` },
      { database },
    );
    expect(records).toHaveLength(1);
    expect(records[0]!.get('id')).toBe(`${prefix}trump-invited-bukele`);
    expect(records[0]!.get('documents')).toEqual([
      `${prefix}article-000-b0502ea1321b6f98`,
      `${prefix}article-000-b0502ea1321b6f98`,
      `${prefix}article-000-b0502ea1321b6f98`,
      `${prefix}test-article-second`,
    ]);
    expect(records[0]!.get('aliases')).toContain('President Nayib Bukele');

    // And merging again is a no-op.
    await loadSeedGraph(driver, merged, { database });
    expect(await snapshot(prefix)).toEqual(after);
  });
});

describe('recorded versions (an export) load as given', () => {
  const T1 = '2024-01-02T03:04:05.678Z';
  const T2 = '2024-02-03T04:05:06.789Z';

  /** The good fixture as an export writes it: records on everything, the first relationship corrected once. */
  function recorded(graph: SeedGraph): SeedGraph {
    const [first, ...rest] = graph.relationships;
    const record = { version: 1, recordedAt: T1, recordedBy: 'key:editor' };
    const timed = (r: Relationship) => ({ ...r, sources: r.sources.map((s) => ({ ...s, recordedAt: T1 })) });
    return {
      ...graph,
      entities: graph.entities.map((e) => ({
        ...e,
        version: 2,
        recordedAt: T1,
        updatedAt: T2,
        updatedBy: 'key:editor',
      })),
      relationships: [
        { ...timed(first!), ...record, retraction: { at: T2, by: 'key:editor', reason: 'corrected', supersededBy: 2 } },
        { ...timed(first!), ...record, version: 2, recordedAt: T2, confidence: 0.5, retraction: null },
        ...rest.map((r) => ({ ...timed(r), ...record, retraction: null })),
      ],
    };
  }

  it('stores each version with its own record, reloads to no change, and refuses a differing history', async () => {
    const prefix = newPrefix('recorded');
    const graph = recorded(prefixGraph(await validGraph(fixtureDir('good')), prefix));
    await loadSeedGraph(driver, graph, { database });
    const { records } = await driver.executeQuery(
      `MATCH ()-[r]->() WHERE r.id = $id
       RETURN r.version AS version, r.recordedAt AS at, r.recordedBy AS by, r.retractedAt AS retractedAt,
              r.supersededBy AS next, r.confidence AS confidence, r.sourceRecordedAt AS sources ORDER BY version`,
      { id: graph.relationships[0]!.id },
      { database },
    );
    expect(records.map((r) => r.toObject())).toEqual([
      {
        version: 1,
        at: T1,
        by: 'key:editor',
        retractedAt: T2,
        next: 2,
        confidence: graph.relationships[0]!.confidence,
        sources: [T1],
      },
      { version: 2, at: T2, by: 'key:editor', retractedAt: null, next: null, confidence: 0.5, sources: [T1] },
    ]);
    const entity = await driver.executeQuery(
      'MATCH (e:Entity {id: $id}) RETURN e.version AS version, e.recordedAt AS at, e.updatedAt AS updated, e.updatedBy AS by',
      { id: graph.entities[0]!.id },
      { database },
    );
    expect(entity.records[0]!.toObject()).toEqual({ version: 2, at: T1, updated: T2, by: 'key:editor' });
    const stored = await snapshot(prefix);

    await loadSeedGraph(driver, graph, { database });
    expect(await snapshot(prefix)).toEqual(stored);

    // The same version with other content is another history: refused, named, nothing written.
    const other = {
      ...graph,
      relationships: graph.relationships.map((r, i) => (i === 1 ? { ...r, confidence: 0.4 } : r)),
    };
    await expect(loadSeedGraph(driver, other, { database })).rejects.toThrow(
      `Seed write aborted, nothing was written: 1 recorded version(s) in the seed disagree with the graph's history: relationship "${graph.relationships[1]!.id}": the seed has version 2, the graph version 2 with other content`,
    );
    expect(await snapshot(prefix)).toEqual(stored);
  }, 120_000);
});
