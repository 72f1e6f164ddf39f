import type { Relationship } from '../../domain/model';
import { RELATIONSHIP_TYPES, assertRelationshipType } from '../../domain/relationship-kinds';
import type { GraphClient } from '../client';
import { relationshipProjection, toRelationship, type RelationshipRow } from '../mapping';

/**
 * Relationships for the given ids, in key order, null where none has the id.
 * One branch per type, so that each uses that type's id index rather than a
 * scan of every relationship.
 */
export async function relationshipsById(
  client: GraphClient,
  ids: readonly string[],
): Promise<Array<Relationship | null>> {
  const branches = RELATIONSHIP_TYPES.map(
    (type) =>
      `MATCH ()-[r:${assertRelationshipType(type)}]->() WHERE r.id IN $ids RETURN ${relationshipProjection('r')} AS rel`,
  );
  const rows = await client.read<{ rel: RelationshipRow }>(`CALL () { ${branches.join(' UNION ALL ')} } RETURN rel`, {
    ids: [...ids],
  });
  const byId = new Map(rows.map((row) => [String(row.rel.props.id), toRelationship(row.rel)]));
  return ids.map((id) => byId.get(id) ?? null);
}
