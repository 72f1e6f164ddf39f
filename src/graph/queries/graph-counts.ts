import type { EntityKind } from '../../domain/entity-kinds';
import type { RelationshipType } from '../../domain/relationship-kinds';
import type { GraphClient } from '../client';
import { knownAtPredicate } from '../cypher/relationship-match';
import type { Statement } from '../cypher/statement';

export interface GraphCounts {
  entityCount: number;
  relationshipCount: number;
  sourceCount: number;
  entitiesByKind: Array<{ kind: EntityKind; count: number }>;
  relationshipsByType: Array<{ type: RelationshipType; count: number }>;
}

/** Entities and relationships as the graph stood at `knownAt` (null: now), counted by kind and type. */
export function graphCountsStatement(knownAt: string | null): Statement {
  const entities =
    knownAt === null
      ? 'e.mergedInto IS NULL'
      : 'coalesce(e.recordedAt <= $knownAt, true) AND (e.mergedAt IS NULL OR e.mergedAt > $knownAt)';
  return {
    cypher: `CALL () {
  MATCH (e:Entity) WHERE ${entities}
  WITH e.kind AS kind, count(*) AS count ORDER BY kind
  RETURN collect({ kind: kind, count: count }) AS kinds
}
CALL () {
  MATCH (:Entity)-[r]->(:Entity) WHERE ${knownAtPredicate('r', knownAt, 'knownAt')}
  WITH type(r) AS type, count(*) AS count, sum(size(r.sourceQuotes)) AS sources
  ORDER BY type
  RETURN collect({ type: type, count: count, sources: sources }) AS types
}
RETURN kinds, types`,
    params: knownAt === null ? {} : { knownAt },
  };
}

/**
 * Counts of entities by kind and of relationships and their sources by type,
 * as the graph stood at `knownAt` (null: now): relationship versions known
 * then, entities recorded by then (an entity is never retracted).
 */
export async function graphCounts(client: GraphClient, knownAt: string | null = null): Promise<GraphCounts> {
  const { cypher, params } = graphCountsStatement(knownAt);
  const rows = await client.read<{
    kinds: Array<{ kind: EntityKind; count: number }>;
    types: Array<{ type: RelationshipType; count: number; sources: number }>;
  }>(cypher, params);
  const { kinds, types } = rows[0] ?? { kinds: [], types: [] };
  return {
    entityCount: kinds.reduce((sum, k) => sum + k.count, 0),
    relationshipCount: types.reduce((sum, t) => sum + t.count, 0),
    sourceCount: types.reduce((sum, t) => sum + t.sources, 0),
    entitiesByKind: kinds,
    relationshipsByType: types.map(({ type, count }) => ({ type, count })),
  };
}
