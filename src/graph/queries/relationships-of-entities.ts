import type { Relationship } from '../../domain/model';
import type { GraphClient } from '../client';
import type { RelationshipCriteria } from '../criteria';
import { keysetPredicate, type SortOrder } from '../cypher/keyset';
import { relationshipMatch } from '../cypher/relationship-match';
import { relationshipProjection, toRelationship, type RelationshipRow } from '../mapping';
import type { CursorValue } from '../pagination';

export type RelationshipSortField = 'DATE' | 'ID' | 'CONFIDENCE';

export interface RelationshipPageRequest {
  criteria: RelationshipCriteria;
  sort: { field: RelationshipSortField; order: SortOrder };
  first: number;
  after: readonly CursorValue[] | null;
}

export interface RelationshipAtEntity {
  relationship: Relationship;
  direction: 'OUTGOING' | 'INCOMING';
  otherId: string;
  cursor: CursorValue[];
}

export interface RelationshipPage {
  items: RelationshipAtEntity[];
  hasNextPage: boolean;
  totalCount: number;
}

const SORT_KEYS: Record<RelationshipSortField, string> = {
  DATE: `coalesce(toString(r.validFrom), '9999-12-31')`,
  ID: 'r.id',
  CONFIDENCE: 'r.confidence',
};

/**
 * One page of relationships at each of many entities, in one statement (the
 * relationships DataLoader batches a request's entities into one call). Key
 * order is kept; an unknown id gets an empty page.
 */
export async function relationshipsOfEntities(
  client: GraphClient,
  ids: readonly string[],
  request: RelationshipPageRequest,
): Promise<RelationshipPage[]> {
  const match = relationshipMatch(request.criteria, { from: 'e', rel: 'r', to: 'o:Entity' });
  const key = SORT_KEYS[request.sort.field];
  const keyset = keysetPredicate('key', 'r.id', request.sort.order, request.after, 'p_');
  const dir = request.sort.order;
  const rows = await client.read<{
    id: string;
    total: number;
    page: Array<{ rel: RelationshipRow; otherId: string; outgoing: boolean; key: CursorValue }>;
  }>(
    `UNWIND $ids AS id
     MATCH (e:Entity {id: id})
     CALL (e) {
       MATCH ${match.pattern} WHERE ${match.where}
       RETURN count(r) AS total
     }
     CALL (e) {
       MATCH ${match.pattern} WHERE ${match.where}
       WITH r, o, ${key} AS key
       WHERE ${keyset.where}
       ORDER BY key ${dir}, r.id ${dir}
       LIMIT $limit
       RETURN collect({ rel: ${relationshipProjection('r')}, otherId: o.id, outgoing: startNode(r) = e, key: key }) AS page
     }
     RETURN id, total, page`,
    { ids: [...ids], limit: request.first + 1, ...match.params, ...keyset.params },
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => {
    const row = byId.get(id);
    if (!row) return { items: [], hasNextPage: false, totalCount: 0 };
    const items = row.page.slice(0, request.first).map((hop) => {
      const relationship = toRelationship(hop.rel);
      return {
        relationship,
        direction: hop.outgoing ? ('OUTGOING' as const) : ('INCOMING' as const),
        otherId: hop.otherId,
        cursor: [hop.key, relationship.id],
      };
    });
    return { items, hasNextPage: row.page.length > request.first, totalCount: row.total };
  });
}
