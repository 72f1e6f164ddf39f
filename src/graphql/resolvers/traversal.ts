import { mostConnected } from '../../graph';
import type { Resolvers } from '../generated/resolvers-types';
import { pageSize } from '../arguments/page';
import { farEndEntity } from '../relationship-pages';
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
  },
  TimelineEntry: {
    relationship: (entry) => entry.node,
    when: (entry) => {
      const t = entry.node.temporal;
      return (t.date ?? t.since ?? t.until)!;
    },
    until: (entry) => (entry.node.temporal.since ? (entry.node.temporal.until ?? null) : null),
    other: (entry) => farEndEntity(entry.other),
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
