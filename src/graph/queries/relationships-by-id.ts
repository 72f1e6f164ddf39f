import type { Relationship } from '../../domain/model';
import { RELATIONSHIP_TYPES, assertRelationshipType } from '../../domain/relationship-kinds';
import type { GraphClient } from '../client';
import { knownAtPredicate } from '../cypher/relationship-match';
import type { Statement } from '../cypher/statement';
import { relationshipProjection, toRelationship, type RelationshipRow } from '../mapping';

/**
 * The statement of relationshipsById: per id, among the versions recorded by
 * `knownAt` (all of them for now), the one known then, else the latest (a
 * retracted relationship still answers, with its retraction). One branch per
 * type, so that each uses that type's id index rather than a scan.
 */
export function relationshipsByIdStatement(ids: readonly string[], knownAt: string | null): Statement {
  const branches = RELATIONSHIP_TYPES.map(
    (type) => `MATCH ()-[r:${assertRelationshipType(type)}]->() WHERE r.id IN $ids RETURN r`,
  );
  const recorded = knownAt === null ? '' : `WITH r WHERE coalesce(r.recordedAt <= $knownAt, true)\n`;
  return {
    cypher: `CALL () { ${branches.join(' UNION ALL ')} }
${recorded}WITH r ORDER BY (${knownAtPredicate('r', knownAt, 'knownAt')}) DESC, coalesce(r.version, 1) DESC
WITH r.id AS id, collect(r)[0] AS r
RETURN ${relationshipProjection('r')} AS rel`,
    params: knownAt === null ? { ids: [...ids] } : { ids: [...ids], knownAt },
  };
}

/** Relationships for the given ids, in key order, null where none has the id (see the statement). */
export async function relationshipsById(
  client: GraphClient,
  ids: readonly string[],
  knownAt: string | null = null,
): Promise<Array<Relationship | null>> {
  const { cypher, params } = relationshipsByIdStatement(ids, knownAt);
  const rows = await client.read<{ rel: RelationshipRow }>(cypher, params);
  const byId = new Map(rows.map((row) => [String(row.rel.props.id), toRelationship(row.rel)]));
  return ids.map((id) => byId.get(id) ?? null);
}
