import { assertRelationshipType, type SeedGraph } from '../../domain';
import { GraphClient } from '../client';
import type { Statement } from '../cypher/statement';
import type { Driver } from '../driver';
import { appendAudit } from './audit';
import { putEntitiesStatement } from './entity-statements';
import { writeSeedMerges } from './seed-merges';
import { withTextDigests } from './seed-rows';
import { SEED_ACTOR, writeSeedEntities, writeSeedRelationships } from './seed-writes';
import { stampNow } from './stamp';

export interface WriteSeedOptions {
  /** Delete every node and relationship first, in the same transaction. */
  reset?: boolean;
}

export interface WrittenCounts {
  deleted: number;
  entities: number;
  relationships: number;
}

const RESET_BATCH = 10_000;
/** A seed is a bulk write: it gets more time than a request's transaction. */
const SEED_TIMEOUT_MS = 300_000;
export { SEED_ACTOR };

/**
 * The client a seed load goes through: the same door as every read and write
 * (statement count, error translation, deadline), with a bulk write's time.
 */
export function seedClient(driver: Driver, database?: string): GraphClient {
  return new GraphClient(driver, { database: database ?? null, timeoutMs: SEED_TIMEOUT_MS });
}

/** Cypher that stores entity rows of one kind (the benchmark's bulk loader uses it). */
export function entityStatement(kind: string): string {
  return putEntitiesStatement(kind, []).cypher;
}

/** Cypher that MERGEs bare relationship rows: the benchmark's bulk loader of synthetic data, not a write path. */
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

/** Empties the graph and its audit trail for `seed --reset`; API keys are credentials, not graph content, and stay. */
export function resetStatement(): Statement {
  return {
    cypher: 'MATCH (n) WHERE NOT n:ApiKey WITH n LIMIT $batch DETACH DELETE n RETURN count(*) AS n',
    params: { batch: RESET_BATCH },
  };
}

/**
 * Writes a validated seed graph in ONE write transaction, through the write
 * path's own statements and versions, as the `system:seed` actor: all of it
 * or none of it. Loading the same graph twice changes nothing; a fact the
 * seed wrote and now states differently gets a new version (the old one is
 * retracted, not overwritten). A load that changes anything appends one
 * audit record (operation `seed`) naming the documents and what it wrote.
 * A relationship whose endpoint is missing aborts the whole transaction with
 * an error naming it. `reset` deletes every node first (audit records too).
 */
export async function writeSeedGraph(
  client: GraphClient,
  graph: SeedGraph,
  options: WriteSeedOptions = {},
): Promise<WrittenCounts> {
  const stamp = stampNow(SEED_ACTOR);
  graph = withTextDigests(graph);
  return client.writeTransaction(async (tx) => {
    let deleted = 0;
    if (options.reset) {
      for (;;) {
        const [row] = await tx.run<{ n: number }>(resetStatement());
        deleted += row?.n ?? 0;
        if ((row?.n ?? 0) < RESET_BATCH) break;
      }
    }
    const entities = await writeSeedEntities(tx, graph, stamp);
    const relationships = await writeSeedRelationships(tx, graph, stamp);
    const resolution = await writeSeedMerges(tx, graph);
    const recorded = resolution.merges.length + resolution.notSame.length;
    if (entities.length + relationships.length + recorded > 0) {
      await appendAudit(tx, stamp, {
        operation: 'seed',
        input: { documents: graph.documents.map((d) => d.id) },
        before: null,
        after: {
          entities: entities.length,
          relationships: relationships.length,
          ...(recorded > 0 ? { merges: resolution.merges.length, notSame: resolution.notSame.length } : {}),
        },
        reason: null,
        entityIds: entities,
        relationshipIds: relationships,
      });
    }
    return { deleted, entities: entities.length, relationships: relationships.length };
  });
}

export const hasEntitiesStatement = (): Statement => ({
  cypher: 'MATCH (e:Entity) RETURN e.id AS id LIMIT 1',
  params: {},
});

/** True when the database holds at least one `:Entity` node (the server seeds only an empty one). */
export async function hasEntities(client: GraphClient): Promise<boolean> {
  const { cypher, params } = hasEntitiesStatement();
  return (await client.read(cypher, params)).length > 0;
}
