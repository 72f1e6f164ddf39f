import type { EntityKind } from '../../domain/entity-kinds';
import type { RelationshipType } from '../../domain/relationship-kinds';
import type { GraphClient } from '../client';
import { ANY_RELATIONSHIP } from '../criteria';
import { relationshipMatch, whereClause } from '../cypher/relationship-match';
import type { Statement } from '../cypher/statement';

export interface GraphCounts {
  entityCount: number;
  relationshipCount: number;
  sourceCount: number;
  entitiesByKind: Array<{ kind: EntityKind; count: number }>;
  relationshipsByType: Array<{ type: RelationshipType; count: number }>;
}

export function graphCountsStatement(): Statement {
  const every = relationshipMatch(
    { ...ANY_RELATIONSHIP, direction: 'OUTGOING' },
    { from: ':Entity', rel: 'r', to: ':Entity' },
  );
  return {
    cypher: `CALL () {
  MATCH (e:Entity) WITH e.kind AS kind, count(*) AS count ORDER BY kind
  RETURN collect({ kind: kind, count: count }) AS kinds
}
CALL () {
  MATCH ${every.pattern}${whereClause([every.where])}
  WITH type(r) AS type, count(*) AS count, sum(size(r.sourceQuotes)) AS sources
  ORDER BY type
  RETURN collect({ type: type, count: count, sources: sources }) AS types
}
RETURN kinds, types`,
    params: every.params,
  };
}

/** Counts of entities by kind and of relationships and their sources by type. */
export async function graphCounts(client: GraphClient): Promise<GraphCounts> {
  const { cypher, params } = graphCountsStatement();
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
