import type { GraphClient } from '../client';
import { factContextStatement, lockEntityStatement } from './entity-statements';
import {
  latestVersionsStatement,
  lockRelationshipStatement,
  retractRelationshipsStatement,
} from './relationship-statements';

/**
 * Plans the write path's lookups by relationship id once (EXPLAIN: nothing
 * runs). Each is a union with a branch per relationship type, so that it
 * seeks that type's id index; planning one costs seconds on a fresh JVM,
 * which the first correction after a start should not pay inside its
 * transaction. Neo4j caches plans per database, for every client.
 */
export async function warmWritePlans(client: GraphClient): Promise<void> {
  const statements = [
    latestVersionsStatement([]),
    lockRelationshipStatement(''),
    retractRelationshipsStatement([], '', ''),
    factContextStatement([], []),
    lockEntityStatement(''),
  ];
  for (const { cypher, params } of statements) await client.read(`EXPLAIN ${cypher}`, params);
}
