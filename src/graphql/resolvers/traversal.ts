import { encodeCursor, mostConnected } from '../../graph';
import type { Resolvers } from '../generated/resolvers-types';
import { pageSize } from '../arguments/page';
import { requireEntity } from './entity-fields';

export const traversalResolvers: Resolvers = {
  Subgraph: {
    nodes: (subgraph) => subgraph.entities,
    edges: (subgraph) => subgraph.relationships,
    truncated: (subgraph) => subgraph.truncatedBy.length > 0,
    notFound: (subgraph) => subgraph.notFound ?? [],
  },
  Timeline: {
    entity: (timeline, _args, ctx) => requireEntity(ctx, timeline.entityId),
    entries: ({ page }) =>
      page.items.map((item) => ({
        cursor: encodeCursor(item.cursor),
        node: item.relationship,
        direction: item.direction,
        otherId: item.otherId,
      })),
    pageInfo: ({ page }) => ({
      hasNextPage: page.hasNextPage,
      endCursor: page.items.length > 0 ? encodeCursor(page.items[page.items.length - 1]!.cursor) : null,
    }),
    totalCount: ({ page }) => page.totalCount,
    undatedCount: ({ page }) => page.undatedCount,
  },
  TimelineEntry: {
    relationship: (entry) => entry.node,
    when: (entry) => {
      const t = entry.node.temporal;
      return (t.date ?? t.since ?? t.until)!;
    },
    until: (entry) => (entry.node.temporal.since ? (entry.node.temporal.until ?? null) : null),
    other: (entry, _args, ctx) => requireEntity(ctx, entry.otherId),
  },
  GraphStats: {
    entityCount: async (stats) => (await stats.counts()).entityCount,
    relationshipCount: async (stats) => (await stats.counts()).relationshipCount,
    sourceCount: async (stats) => (await stats.counts()).sourceCount,
    entitiesByKind: async (stats) => (await stats.counts()).entitiesByKind,
    relationshipsByType: async (stats) => (await stats.counts()).relationshipsByType,
    mostConnected: async (_stats, { first, kinds }, { graph, limits, loaders }) => {
      const rows = await mostConnected(graph, pageSize(first, limits), kinds ?? null);
      loaders.primeEntities(rows.map((row) => row.entity));
      return rows;
    },
  },
};
