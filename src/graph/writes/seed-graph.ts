import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';

import {
  ENTITY_KINDS,
  RELATIONSHIP_TYPES,
  assertEntityKind,
  assertRelationshipType,
  type SeedGraph,
} from '../../domain';
import { seedRows, type RelationshipWriteRow } from './seed-rows';

export interface WriteSeedOptions {
  /** Delete every node and relationship first, in the same transaction. */
  reset?: boolean;
  database?: string;
}

export interface WrittenCounts {
  deleted: number;
  entities: number;
  relationships: number;
}

const RESET_BATCH = 10_000;

/** Cypher that stores entity rows of one kind. Exported for the Cypher-text tests. */
export function entityStatement(kind: string): string {
  const label = assertEntityKind(kind);
  const others = ENTITY_KINDS.filter((k) => k !== label);
  return `UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e = row.props
SET e:${label}
REMOVE e:${others.join(':')}
RETURN count(e) AS written`;
}

/** Cypher that stores relationship rows of one type between existing entities. */
export function relationshipStatement(type: string): string {
  const t = assertRelationshipType(type);
  return `UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:${t} {id: row.id}]->(b)
SET r = row.props
SET r.validFrom = date(row.validFrom), r.validTo = date(row.validTo)
RETURN count(r) AS written`;
}

/**
 * Cypher that deletes what is left of an edited relationship: one carrying the
 * id of a row but of another type or between other endpoints. One statement
 * (planned once) with a branch per allow-listed type, so that each lookup is a
 * seek on that type's id index rather than a scan of every relationship.
 */
export function staleRelationshipStatement(): string {
  const branches = RELATIONSHIP_TYPES.map(
    (type) => `  MATCH (a)-[r:${assertRelationshipType(type)} {id: row.id}]->(b) RETURN r, a, b`,
  );
  return `UNWIND $rows AS row
CALL (row) {
${branches.join('\n  UNION ALL\n')}
}
WITH row, r, a, b
WHERE type(r) <> row.type OR a.id <> row.from OR b.id <> row.to
DELETE r`;
}

/** Runs one statement and reads a number from its single row (0 when there is no row). */
async function numberFrom(
  tx: ManagedTransaction,
  cypher: string,
  params: Record<string, unknown>,
  key: string,
): Promise<number> {
  const result = await tx.run(cypher, params);
  const value: unknown = result.records[0]?.get(key);
  if (typeof value === 'number') return value;
  return neo4j.isInt(value) ? value.toNumber() : 0;
}

/** Names the relationships of `rows` whose endpoint is not an entity, for the error that aborts the write. */
async function danglingEndpoints(tx: ManagedTransaction, rows: readonly RelationshipWriteRow[]): Promise<string[]> {
  const result = await tx.run(`UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN collect(e.id) AS found`, {
    ids: [...new Set(rows.flatMap((r) => [r.from, r.to]))],
  });
  const found = new Set<unknown>(result.records[0]?.get('found') as unknown[]);
  return rows
    .filter((r) => !found.has(r.from) || !found.has(r.to))
    .map((r) => `${r.id} (${found.has(r.from) ? r.to : r.from})`);
}

/**
 * Writes a validated seed graph in ONE write transaction: all of it or none
 * of it. Entities and relationships are MERGEd on `id` and their properties
 * replaced, so writing the same graph twice changes nothing (sources are set
 * from the graph, never appended). Rows are sent in batches per kind/type
 * (`UNWIND $rows`); labels and types are interpolated only after the domain
 * allow-list check. A relationship whose endpoint is missing aborts the whole
 * transaction with an error naming it. `reset` deletes every node first.
 * Constraints and indexes are the migrations' job, not this function's.
 */
export async function writeSeedGraph(
  driver: Driver,
  graph: SeedGraph,
  options: WriteSeedOptions = {},
): Promise<WrittenCounts> {
  const rows = seedRows(graph);
  const allRelationshipRows = [...rows.relationships].flatMap(([type, list]) =>
    list.map((row) => ({ id: row.id, type, from: row.from, to: row.to })),
  );
  const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite(async (tx) => {
      const counts: WrittenCounts = { deleted: 0, entities: 0, relationships: 0 };
      if (options.reset) {
        for (;;) {
          const deleted = await numberFrom(
            tx,
            'MATCH (n) WITH n LIMIT $batch DETACH DELETE n RETURN count(*) AS n',
            { batch: neo4j.int(RESET_BATCH) },
            'n',
          );
          counts.deleted += deleted;
          if (deleted < RESET_BATCH) break;
        }
      }
      for (const [kind, list] of rows.entities) {
        counts.entities += await numberFrom(tx, entityStatement(kind), { rows: list }, 'written');
      }
      if (!options.reset && allRelationshipRows.length > 0) {
        await tx.run(staleRelationshipStatement(), { rows: allRelationshipRows });
      }
      for (const [type, list] of rows.relationships) {
        const written = await numberFrom(tx, relationshipStatement(type), { rows: list }, 'written');
        if (written !== list.length) {
          const missing = await danglingEndpoints(tx, list);
          throw new Error(
            `Seed write aborted, nothing was written: ${list.length - written} ${type} relationship(s) have an endpoint that is not an entity: ${missing.join(', ')}`,
          );
        }
        counts.relationships += written;
      }
      return counts;
    });
  } finally {
    await session.close();
  }
}

/** True when the database holds at least one `:Entity` node (the server seeds only an empty one). */
export async function hasEntities(driver: Driver, database?: string): Promise<boolean> {
  const result = await driver.executeQuery(
    'MATCH (e:Entity) RETURN e.id AS id LIMIT 1',
    {},
    { routing: neo4j.routing.READ, database },
  );
  return result.records.length > 0;
}
