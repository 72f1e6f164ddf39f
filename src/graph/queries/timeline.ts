import type { Relationship } from '../../domain/model';
import type { GraphClient } from '../client';
import type { RelationshipCriteria } from '../criteria';
import { keysetPredicate } from '../cypher/keyset';
import { relationshipMatch } from '../cypher/relationship-match';
import { relationshipProjection, toRelationship, type RelationshipRow } from '../mapping';
import type { CursorValue } from '../pagination';

export interface TimelinePage {
  items: Array<{
    relationship: Relationship;
    direction: 'OUTGOING' | 'INCOMING';
    otherId: string;
    cursor: CursorValue[];
  }>;
  hasNextPage: boolean;
  totalCount: number;
  undatedCount: number;
}

/** Earliest possible day, then latest possible day: coarse dates sort before finer ones inside them. */
const DATE_KEY = `coalesce(toString(r.validFrom), '0000-01-01') + '/' + coalesce(toString(r.validTo), '9999-12-31')`;
const DATED = 'NOT (r.validFrom IS NULL AND r.validTo IS NULL)';

/**
 * An entity's dated relationships in date order (keyset on the date span and
 * id) with the count of those that carry no date. Null when the entity does not exist.
 */
export async function timeline(
  client: GraphClient,
  entityId: string,
  criteria: RelationshipCriteria,
  first: number,
  after: readonly CursorValue[] | null,
): Promise<TimelinePage | null> {
  const match = relationshipMatch(criteria, { from: 'e', rel: 'r', to: 'o:Entity' });
  const keyset = keysetPredicate('key', 'r.id', 'ASC', after, 'p_');
  const rows = await client.read<{
    total: number;
    undated: number;
    page: Array<{ rel: RelationshipRow; otherId: string; outgoing: boolean; key: string }>;
  }>(
    `MATCH (e:Entity {id: $id})
     CALL (e) {
       MATCH ${match.pattern} WHERE ${match.where}
       RETURN count(CASE WHEN ${DATED} THEN r END) AS total, count(CASE WHEN NOT (${DATED}) THEN r END) AS undated
     }
     CALL (e) {
       MATCH ${match.pattern} WHERE ${match.where} AND ${DATED}
       WITH r, o, ${DATE_KEY} AS key
       WHERE ${keyset.where}
       ORDER BY key, r.id
       LIMIT $limit
       RETURN collect({ rel: ${relationshipProjection('r')}, otherId: o.id, outgoing: startNode(r) = e, key: key }) AS page
     }
     RETURN total, undated, page`,
    { id: entityId, limit: first + 1, ...match.params, ...keyset.params },
  );
  const row = rows[0];
  if (!row) return null;
  const items = row.page.slice(0, first).map((entry) => {
    const relationship = toRelationship(entry.rel);
    return {
      relationship,
      direction: entry.outgoing ? ('OUTGOING' as const) : ('INCOMING' as const),
      otherId: entry.otherId,
      cursor: [entry.key, relationship.id],
    };
  });
  return { items, hasNextPage: row.page.length > first, totalCount: row.total, undatedCount: row.undated };
}
