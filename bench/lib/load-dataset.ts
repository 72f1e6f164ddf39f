import type { EntityKind, RelationshipType } from '../../src/domain';
import { GraphClient, applyMigrations, type Driver } from '../../src/graph';
import { entityStatement, relationshipStatement } from '../../src/graph/writes';
import type { EntityWriteRow, RelationshipWriteRow } from '../../src/graph/writes';
import { SyntheticNewsGraph, type DatasetSpec } from './dataset';

/** Rows per UNWIND statement (one write transaction each). */
export const BATCH_ROWS = 5_000;
/** Bump when the generator's output changes, so that a stored dataset is not mistaken for the new one. */
export const GENERATOR_VERSION = 1;

export interface LoadReport {
  spec: DatasetSpec;
  reused: boolean;
  entities: number;
  relationships: number;
  entitySeconds: number;
  relationshipSeconds: number;
  entitiesPerSecond: number;
  relationshipsPerSecond: number;
}

type Log = (line: string) => void;

/** The marker node: which dataset the database holds (not an :Entity, so no product query sees it). */
const MARKER_READ = `MATCH (m:BenchDataset) RETURN m.entities AS entities, m.relationships AS relationships, m.seed AS seed, m.version AS version`;
const MARKER_WRITE = `MERGE (m:BenchDataset {key: 'dataset'}) SET m.entities = $entities, m.relationships = $relationships, m.seed = $seed, m.version = $version`;

async function storedSpec(client: GraphClient): Promise<(DatasetSpec & { version: number }) | null> {
  const rows = await client.read<DatasetSpec & { version: number }>(MARKER_READ);
  return rows[0] ?? null;
}

async function isEmpty(client: GraphClient): Promise<boolean> {
  const rows = await client.read<{ n: number }>('MATCH (n) RETURN count(n) AS n');
  return (rows[0]?.n ?? 0) === 0;
}

/** Deletes everything, relationships first in batches (a hub's DETACH DELETE would be one huge transaction). */
async function emptyDatabase(client: GraphClient, log: Log): Promise<void> {
  log('emptying the database…');
  for (;;) {
    const rows = await client.write<{ n: number }>('MATCH ()-[r]->() WITH r LIMIT 50000 DELETE r RETURN count(*) AS n');
    if ((rows[0]?.n ?? 0) === 0) break;
  }
  for (;;) {
    const rows = await client.write<{ n: number }>('MATCH (n) WITH n LIMIT 50000 DELETE n RETURN count(*) AS n');
    if ((rows[0]?.n ?? 0) === 0) break;
  }
}

/**
 * Batches rows per label/type and writes them with the product's own UNWIND
 * statements, one transaction per batch. One batch is written while the next
 * one is generated.
 */
class BatchWriter<K extends string, R> {
  private readonly buffers = new Map<K, R[]>();
  private inFlight: Promise<void> = Promise.resolve();
  written = 0;

  constructor(private readonly write: (key: K, rows: R[]) => Promise<number>) {}

  async add(key: K, row: R): Promise<void> {
    const buffer = this.buffers.get(key) ?? [];
    buffer.push(row);
    this.buffers.set(key, buffer);
    if (buffer.length >= BATCH_ROWS) {
      this.buffers.delete(key);
      await this.flush(key, buffer);
    }
  }

  private async flush(key: K, rows: R[]): Promise<void> {
    await this.inFlight;
    this.inFlight = this.write(key, rows).then((n) => {
      if (n !== rows.length) throw new Error(`wrote ${n} of ${rows.length} ${key} rows: an endpoint is missing`);
      this.written += n;
    });
  }

  async finish(): Promise<number> {
    for (const [key, rows] of [...this.buffers]) {
      this.buffers.delete(key);
      await this.flush(key, rows);
    }
    await this.inFlight;
    return this.written;
  }
}

/**
 * Makes the database hold exactly the dataset of `spec`: runs the migrations,
 * reuses what a previous run stored when the marker matches, and otherwise
 * (empty database, or `reset`) writes the generated graph and prints the load
 * rate. Refuses to touch a database holding anything else unless `reset`.
 */
export async function loadDataset(
  driver: Driver,
  spec: DatasetSpec,
  options: { reset: boolean; log: Log },
): Promise<LoadReport> {
  const { log } = options;
  const client = new GraphClient(driver, { database: null, timeoutMs: 600_000 });
  await applyMigrations(client);
  const stored = await storedSpec(client);
  if (
    stored &&
    stored.entities === spec.entities &&
    stored.relationships === spec.relationships &&
    stored.seed === spec.seed &&
    stored.version === GENERATOR_VERSION
  ) {
    log(
      `the database already holds this dataset (${spec.entities} entities, ${spec.relationships} relationships, seed ${spec.seed}): reused`,
    );
    return {
      spec,
      reused: true,
      entities: spec.entities,
      relationships: spec.relationships,
      entitySeconds: 0,
      relationshipSeconds: 0,
      entitiesPerSecond: 0,
      relationshipsPerSecond: 0,
    };
  }
  if (!(await isEmpty(client))) {
    if (!options.reset) {
      throw new Error(
        'The database is not empty and holds no benchmark dataset of this spec; pass --reset to delete everything in it first.',
      );
    }
    await emptyDatabase(client, log);
  }

  const graph = new SyntheticNewsGraph(spec);
  log(`generating ${spec.entities} entities (${[...graph.counts].map(([k, n]) => `${k} ${n}`).join(', ')})`);
  let started = Date.now();
  const entities = new BatchWriter<EntityKind, EntityWriteRow>(async (kind, rows) => {
    const result = await client.write<{ written: number }>(entityStatement(kind), { rows });
    return result[0]?.written ?? 0;
  });
  for (const { kind, row } of graph.entities()) await entities.add(kind, row);
  const entityCount = await entities.finish();
  const entitySeconds = (Date.now() - started) / 1000;
  log(`entities: ${entityCount} in ${entitySeconds.toFixed(1)} s (${Math.round(entityCount / entitySeconds)}/s)`);

  started = Date.now();
  let lastReport = started;
  const relationships = new BatchWriter<RelationshipType, RelationshipWriteRow>(async (type, rows) => {
    const result = await client.write<{ written: number }>(relationshipStatement(type), { rows });
    return result[0]?.written ?? 0;
  });
  for (const { type, row } of graph.relationships()) {
    await relationships.add(type, row);
    if (Date.now() - lastReport > 10_000) {
      lastReport = Date.now();
      const s = (lastReport - started) / 1000;
      log(
        `  relationships: ${relationships.written} written in ${s.toFixed(0)} s (${Math.round(relationships.written / s)}/s)`,
      );
    }
  }
  const relationshipCount = await relationships.finish();
  const relationshipSeconds = (Date.now() - started) / 1000;
  log(
    `relationships: ${relationshipCount} in ${relationshipSeconds.toFixed(1)} s (${Math.round(relationshipCount / relationshipSeconds)}/s)`,
  );
  await client.write(MARKER_WRITE, { ...spec, version: GENERATOR_VERSION });
  return {
    spec,
    reused: false,
    entities: entityCount,
    relationships: relationshipCount,
    entitySeconds,
    relationshipSeconds,
    entitiesPerSecond: Math.round(entityCount / entitySeconds),
    relationshipsPerSecond: Math.round(relationshipCount / relationshipSeconds),
  };
}
