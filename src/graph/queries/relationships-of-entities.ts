import type { Relationship } from '../../domain/model';
import type { GraphClient } from '../client';
import type { RelationshipCriteria } from '../criteria';
import { keysetPredicate, type SortOrder } from '../cypher/keyset';
import { relationshipMatch } from '../cypher/relationship-match';
import {
  ENTITY_PROJECTION,
  relationshipProjection,
  toEntity,
  toRelationship,
  type RelationshipRow,
  type SourcedEntity,
} from '../mapping';
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
  /** The entity at the other end, read in the same statement (the loaders prime the entity loader with it). */
  other: SourcedEntity;
  cursor: CursorValue[];
}

export interface RelationshipPage {
  items: RelationshipAtEntity[];
  hasNextPage: boolean;
  totalCount: number;
}

/**
 * What a page is ordered by: stored values, cheap to compare (a hub's
 * relationships are all sorted before the LIMIT). Missing dates sort last
 * ascending and first descending, as Cypher orders nulls.
 */
const ORDER_KEYS: Record<RelationshipSortField, string> = {
  DATE: 'r.validFrom',
  ID: 'r.id',
  CONFIDENCE: 'r.confidence',
};

/**
 * The same order as a cursor value (JSON-safe, never null): ISO dates compare
 * as strings in date order and a missing date is the day after every date.
 * Computed only for the rows returned, and in the keyset test of later pages.
 */
const CURSOR_KEYS: Record<RelationshipSortField, string> = {
  DATE: `coalesce(toString(r.validFrom), '9999-12-31')`,
  ID: 'r.id',
  CONFIDENCE: 'r.confidence',
};

/**
 * One page of relationships at each of many entities, with the entity at the
 * other end, in one statement (the relationships DataLoader batches a
 * request's entities into one call). Key order is kept; an unknown id gets an
 * empty page. The far end carries no label test (only entities are ever
 * related): the sort reads the relationships of a hub, never their other
 * nodes, and with no filter beyond type and direction the total is read
 * from the node's degree instead of walking the hub.
 */
export async function relationshipsOfEntities(
  client: GraphClient,
  ids: readonly string[],
  request: RelationshipPageRequest,
): Promise<RelationshipPage[]> {
  const match = relationshipMatch(request.criteria, { from: 'e', rel: 'r', to: 'o' });
  const counted = relationshipMatch(request.criteria, { from: 'e', rel: 'r', to: '' });
  const countWhere = counted.where === 'true' ? '' : ` WHERE ${counted.where}`;
  const cursorKey = CURSOR_KEYS[request.sort.field];
  const keyset = keysetPredicate(cursorKey, 'r.id', request.sort.order, request.after, 'p_');
  const dir = request.sort.order;
  const rows = await client.read<{
    id: string;
    total: number;
    page: Array<{ rel: RelationshipRow; other: Record<string, unknown>; outgoing: boolean; key: CursorValue }>;
  }>(
    `UNWIND $ids AS id
     MATCH (e:Entity {id: id})
     CALL (e) {
       MATCH ${match.pattern} WHERE ${match.where} AND ${keyset.where}
       WITH r, o ORDER BY ${ORDER_KEYS[request.sort.field]} ${dir}, r.id ${dir}
       LIMIT $limit
       RETURN collect({ rel: ${relationshipProjection('r')}, other: o ${ENTITY_PROJECTION}, outgoing: startNode(r) = e, key: ${cursorKey} }) AS page
     }
     RETURN id, COUNT { ${counted.pattern}${countWhere} } AS total, page`,
    { ids: [...ids], limit: request.first + 1, ...match.params, ...keyset.params },
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => {
    const row = byId.get(id);
    if (!row) return { items: [], hasNextPage: false, totalCount: 0 };
    const items = row.page.slice(0, request.first).map((hop) => {
      const relationship = toRelationship(hop.rel);
      const other = toEntity(hop.other);
      return {
        relationship,
        direction: hop.outgoing ? ('OUTGOING' as const) : ('INCOMING' as const),
        otherId: other.id,
        other,
        cursor: [hop.key, relationship.id],
      };
    });
    return { items, hasNextPage: row.page.length > request.first, totalCount: row.total };
  });
}
