import type { Relationship } from '../../domain/model';
import { RELATIONSHIP_TYPES } from '../../domain/relationship-kinds';
import type { GraphClient } from '../client';
import { ANY_RELATIONSHIP } from '../criteria';
import { relationshipMatch, whereClause } from '../cypher/relationship-match';
import type { Statement } from '../cypher/statement';
import { relationshipProjection, toRelationship, type RelationshipRow } from '../mapping';

/**
 * One branch per type, so that each uses that type's id index rather than a
 * scan of every relationship.
 */
export function relationshipsByIdStatement(ids: readonly string[]): Statement {
  const params: Record<string, unknown> = { ids: [...ids] };
  const branches = RELATIONSHIP_TYPES.map((type) => {
    const match = relationshipMatch(
      { ...ANY_RELATIONSHIP, types: [type], direction: 'OUTGOING' },
      { from: '', rel: 'r', to: '' },
    );
    Object.assign(params, match.params);
    return `MATCH ${match.pattern}${whereClause(['r.id IN $ids', match.where])} RETURN ${relationshipProjection('r')} AS rel`;
  });
  return { cypher: `CALL () { ${branches.join(' UNION ALL ')} } RETURN rel`, params };
}

/** Relationships for the given ids, in key order, null where none has the id. */
export async function relationshipsById(
  client: GraphClient,
  ids: readonly string[],
): Promise<Array<Relationship | null>> {
  const { cypher, params } = relationshipsByIdStatement(ids);
  const rows = await client.read<{ rel: RelationshipRow }>(cypher, params);
  const byId = new Map(rows.map((row) => [String(row.rel.props.id), toRelationship(row.rel)]));
  return ids.map((id) => byId.get(id) ?? null);
}
