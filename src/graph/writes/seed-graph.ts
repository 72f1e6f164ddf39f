import neo4j, { type Driver } from 'neo4j-driver';

import { assertEntityKind, assertRelationshipType, type SeedGraph } from '../../domain';
import { systemViewer } from '../../domain/viewer';
import { GraphClient } from '../client';
import type { Statement, WriteTx } from '../write-transaction';
import { appendAudit } from './audit';
import { entityStatesStatement, putEntitiesStatement } from './entity-statements';
import { anyRelationshipStatement, latestVersionsStatement } from './relationship-statements';
import { seedRows, withTextDigests } from './seed-rows';
import { stampNow, type WriteStamp } from './stamp';
import {
  entityVersionRow,
  relationshipDigest,
  relationshipVersionRow,
  sourceRecordedAt,
  writeRelationshipVersions,
  type Retracting,
} from './versions';

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
/** A seed is a bulk write: it gets more time than a request's transaction. */
const SEED_TIMEOUT_MS = 300_000;
export const SEED_ACTOR = systemViewer('seed').actor;

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

interface StoredState {
  id: string;
  version: number | null;
  digest: string | null;
  /** Entities: the last writer; relationships: the writer of the latest version. */
  by: string | null;
  retracted?: boolean;
  recordedAt?: string | null;
}

/**
 * What a seed load may change: what is new, and what the seed itself wrote
 * last and now reads differently. A fact or entity changed or retracted
 * through the API since is left as the API made it: a reload never undoes a
 * correction nor brings back a retracted fact.
 */
const seedMayWrite = (state: StoredState | undefined, digest: string) =>
  !state || (state.retracted !== true && state.by === SEED_ACTOR.id && state.digest !== digest);

async function writeEntities(tx: WriteTx, graph: SeedGraph, stamp: WriteStamp): Promise<string[]> {
  const rows = seedRows(graph);
  const states = await tx.run<StoredState>(entityStatesStatement(graph.entities.map((e) => e.id)));
  const byId = new Map(states.map((s) => [s.id, s]));
  const written: string[] = [];
  for (const [kind, list] of rows.entities) {
    const changed = list.flatMap((row) => {
      const state = byId.get(row.id);
      const next = entityVersionRow(row, (state?.version ?? 0) + 1, state?.recordedAt ?? stamp.at, stamp);
      return seedMayWrite(state, String(next.props.digest)) ? [next] : [];
    });
    if (changed.length === 0) continue;
    await tx.run(putEntitiesStatement(assertEntityKind(kind), changed));
    written.push(...changed.map((row) => row.id));
  }
  return written;
}

async function writeRelationships(tx: WriteTx, graph: SeedGraph, stamp: WriteStamp): Promise<string[]> {
  const [stored] = await tx.run<{ any: boolean }>(anyRelationshipStatement());
  const latest = stored?.any
    ? await tx.run<StoredState>(latestVersionsStatement(graph.relationships.map((r) => r.id)))
    : [];
  const byId = new Map(latest.map((s) => [s.id, s]));
  const retract: Retracting[] = [];
  const create = graph.relationships.flatMap((rel) => {
    const state = byId.get(rel.id);
    if (!seedMayWrite(state, relationshipDigest(rel))) return [];
    const version = (state?.version ?? 0) + 1;
    if (state) retract.push({ id: rel.id, version: state.version!, reason: 'seed reload', supersededBy: version });
    return [relationshipVersionRow(rel, version, stamp, sourceRecordedAt(rel, null, stamp))];
  });
  const types = new Map(graph.relationships.map((r) => [r.id, r.type]));
  const result = await writeRelationshipVersions(tx, stamp, retract, create, types, async () => {
    throw new Error('Seed write aborted, nothing was written: a relationship changed while the seed was written');
  });
  if (result.missing.length > 0) {
    const type = result.missing[0]!.type;
    const ofType = result.missing.filter((m) => m.type === type);
    throw new Error(
      `Seed write aborted, nothing was written: ${ofType.length} ${type} relationship(s) have an endpoint that is not an entity: ${ofType.map((m) => `${m.id} (${m.end})`).join(', ')}`,
    );
  }
  return create.map((row) => row.id);
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
  driver: Driver,
  graph: SeedGraph,
  options: WriteSeedOptions = {},
): Promise<WrittenCounts> {
  const client = new GraphClient(driver, { database: options.database ?? null, timeoutMs: SEED_TIMEOUT_MS });
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
    const entities = await writeEntities(tx, graph, stamp);
    const relationships = await writeRelationships(tx, graph, stamp);
    if (entities.length + relationships.length > 0) {
      await appendAudit(tx, stamp, {
        operation: 'seed',
        input: { documents: graph.documents.map((d) => d.id) },
        before: null,
        after: { entities: entities.length, relationships: relationships.length },
        reason: null,
        entityIds: entities,
        relationshipIds: relationships,
      });
    }
    return { deleted, entities: entities.length, relationships: relationships.length };
  });
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
