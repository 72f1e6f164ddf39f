import { mostConnected } from '../../graph';
import { pageSize } from '../arguments/page';
import type { Resolvers } from '../generated/resolvers-types';

export const graphStatsResolvers: Resolvers['GraphStats'] = {
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
};
