import { encodeCursor, type FarEnd, type Neighbourhood, type RelationshipPage, type SourcedEntity } from '../../graph';
import type { EntityModel, RelationshipEdgeModel, SubgraphModel, TimelineModel } from '../models';

/** A page as a RelationshipConnection; the far ends travel with the edges. */
export function relationshipConnection(page: RelationshipPage) {
  const edges = edgesOf(page);
  return {
    edges,
    totalCount: counted(page.totalCount),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

/** A timeline page, mapped; its entries are edges, their far ends read with the page. */
export function timelineModel(entityId: string, page: RelationshipPage): TimelineModel {
  const entries = edgesOf(page);
  return {
    entityId,
    entries,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: entries.at(-1)?.cursor ?? null },
    totalCount: counted(page.totalCount),
    undatedCount: counted(page.unorderedCount),
  };
}

function edgesOf(page: RelationshipPage): RelationshipEdgeModel[] {
  return page.items.map((item) => ({
    cursor: encodeCursor(item.cursor),
    node: item.relationship,
    direction: item.direction,
    other: item.other,
  }));
}

/**
 * The far end as the Entity field resolvers see it. A reference answers only
 * the fields of an EntityRef (and those needing only the id): the page read
 * a reference because its selection asks for nothing more (selection.ts).
 */
export function farEndEntity(end: FarEnd): EntityModel {
  if (end.whole) return end.entity;
  return { aliases: [], description: null, named: true, properties: {}, sources: [], version: 1, ...end.entity };
}

/** A neighbourhood as a Subgraph; the entities read whole go to `prime` (the entity loader). */
export function neighbourhoodSubgraph(
  found: Neighbourhood,
  prime: (entities: Iterable<SourcedEntity>) => void,
): SubgraphModel {
  prime(found.entities.flatMap((end) => (end.whole ? [end.entity] : [])));
  return { ...found, entities: found.entities.map(farEndEntity) };
}

function counted(count: number | null): number {
  if (count === null) throw new Error('Expected a page read with its totals (reads.total), got none.');
  return count;
}
