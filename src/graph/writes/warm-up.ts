import type { GraphClient } from '../client';
import type { Statement } from '../cypher/statement';
import { factContextStatement, lockEntityStatement } from './entity-statements';
import {
  latestVersionsStatement,
  lockRelationshipStatement,
  retractRelationshipsStatement,
} from './relationship-statements';

/** The statement's plan, nothing run: what warms Neo4j's plan cache. */
export const explainStatement = ({ cypher, params }: Statement): Statement => ({ cypher: `EXPLAIN ${cypher}`, params });

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
  for (const { cypher, params } of statements.map(explainStatement)) await client.read(cypher, params);
}
