import type { Relationship } from '../../domain/model';
import type { SourcedEntity } from '../mapping';
import type { GraphClient } from '../client';
import type { RelationshipCriteria } from '../criteria';
import { relationshipMatch } from '../cypher/relationship-match';
import { ENTITY_PROJECTION, relationshipProjection, toEntity, toRelationship, type RelationshipRow } from '../mapping';

export interface FrontierExpansion {
  entity: SourcedEntity;
  /** At most fanOut + 1 hops, strongest first: the extra one only tells that the cap cut. */
  hops: Array<{ relationship: Relationship; other: SourcedEntity }>;
}

/**
 * One breadth-first step: the relationships at each frontier entity that pass
 * the criteria, strongest first (confidence, then number of sources, then id)
 * and capped per entity, with the entity at the other end. Unknown ids are
 * absent from the result.
 */
export async function expandFrontier(
  client: GraphClient,
  frontier: readonly string[],
  criteria: RelationshipCriteria,
  fanOut: number,
): Promise<FrontierExpansion[]> {
  // The far end carries no label test: only entities are ever related, and a
  // label test would read the node record of every relationship of a hub
  // before the sort. A relationship's number of sources is its number of
  // quote offsets, a short integer list cheaper to read than the quotes.
  const match = relationshipMatch(criteria, { from: 'n', rel: 'r', to: 'm' });
  const rows = await client.read<{
    entity: Record<string, unknown>;
    hops: Array<{ rel: RelationshipRow; other: Record<string, unknown> }>;
  }>(
    `UNWIND $frontier AS fid
     MATCH (n:Entity {id: fid})
     CALL (n) {
       MATCH ${match.pattern} WHERE ${match.where}
       WITH r, m ORDER BY r.confidence DESC, size(r.sourceStarts) DESC, r.id
       LIMIT $limit
       RETURN collect({ rel: ${relationshipProjection('r')}, other: m ${ENTITY_PROJECTION} }) AS hops
     }
     RETURN n ${ENTITY_PROJECTION} AS entity, hops`,
    { frontier: [...frontier], limit: fanOut + 1, ...match.params },
  );
  return rows.map((row) => ({
    entity: toEntity(row.entity),
    hops: row.hops.map((hop) => ({ relationship: toRelationship(hop.rel), other: toEntity(hop.other) })),
  }));
}
