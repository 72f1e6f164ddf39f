import { encodeCursor, type RelationshipPage } from '../../graph';
import type { RelationshipEdgeModel } from '../models';

/** A page as the connection the schema returns (RelationshipConnection; Timeline's entries have the same edges). */
export function toConnection(page: RelationshipPage) {
  const edges: RelationshipEdgeModel[] = page.items.map((item) => ({
    cursor: encodeCursor(item.cursor),
    node: item.relationship,
    direction: item.direction,
    other: item.other,
  }));
  return {
    edges,
    totalCount: page.totalCount,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
