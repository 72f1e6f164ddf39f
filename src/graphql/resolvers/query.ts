import { BadInputError, NotFoundError } from '../../domain/errors';
import {
  encodeCursor,
  entitySubgraph,
  graphCounts,
  listEntities,
  neighbourhood,
  relationshipsById,
  searchEntities,
  type GraphCounts,
} from '../../graph';
import { afterCursor, pageSize } from '../arguments/page';
import { toCriteria, windowDays } from '../arguments/relationship-filter';
import { boundedInt } from '../arguments/bounded-int';
import { subgraphIds } from '../arguments/entity-ids';
import { relationshipPlans, selects, timelineModel, timelineRequest } from '../relationship-pages';
import type { Resolvers } from '../generated/resolvers-types';
import { resolveMerged } from './entity-merge';

export const queryResolvers: Resolvers = {
  Query: {
    entity: async (_root, { id }, ctx, info) => {
      const plans = relationshipPlans(info, ctx);
      const { relationshipPages, entity: entities } = ctx.loaders;
      const entity = await resolveMerged(id, async (asked) =>
        plans.length > 0
          ? ((await relationshipPages.readAhead({ ids: [asked], entities: true, plans }))[0]?.entity ?? null)
          : entities.load(asked),
      );
      if (!entity) throw new NotFoundError('entity', id);
      return entity;
    },
    relationship: async (_root, { id, knownAt }, { graph, loaders }) => {
      const [relationship] = knownAt
        ? await relationshipsById(graph, [id], knownAt)
        : [await loaders.relationship.load(id)];
      if (!relationship) throw new NotFoundError('relationship', id);
      return relationship;
    },
    entities: async (_root, args, { graph, limits, loaders }) => {
      const filter = args.filter ?? {};
      const page = await listEntities(graph, {
        filter: {
          kinds: filter.kinds ?? null,
          ids: filter.ids ?? null,
          text: filter.text ?? null,
          hasRelationshipTypes: filter.hasRelationshipTypes ?? null,
          activeIn: windowDays(filter.activeIn, 'filter.activeIn'),
          named: filter.named ?? null,
        },
        sort: { field: args.sort?.field ?? 'NAME', order: args.sort?.order ?? 'ASC' },
        first: pageSize(args.first, limits),
        after: afterCursor(args.after),
      });
      loaders.primeEntities(page.items.map((item) => item.entity));
      const edges = page.items.map((item) => ({ cursor: encodeCursor(item.cursor), node: item.entity }));
      return {
        edges,
        totalCount: page.totalCount,
        pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
      };
    },
    search: async (_root, { text, kinds, first }, { graph, limits, loaders }) => {
      if (text.trim().length === 0) throw new BadInputError('Argument "text" is empty: give a name or part of one.');
      const hits = await searchEntities(graph, text, kinds ?? null, pageSize(first ?? 10, limits));
      loaders.primeEntities(hits.map((hit) => hit.entity));
      return hits;
    },
    neighbourhood: async (_root, args, { graph, limits, loaders }, info) => {
      const depth = boundedInt(args.depth ?? 1, 'depth', 1, limits.maxTraversalDepth, 'maxTraversalDepth');
      const fanOut = boundedInt(args.fanOut ?? limits.maxFanOut, 'fanOut', 1, limits.maxFanOut, 'maxFanOut');
      const limit = boundedInt(
        args.limit ?? Math.min(500, limits.maxSubgraphNodes),
        'limit',
        1,
        limits.maxSubgraphNodes,
        'maxSubgraphNodes',
      );
      const subgraph = await neighbourhood(graph, args.id, {
        depth,
        criteria: toCriteria(args.filter),
        fanOut,
        limit,
        sources: selects(info.fieldNodes, info, ['edges', 'sources']),
      });
      if (!subgraph) throw new NotFoundError('entity', args.id);
      loaders.primeEntities(subgraph.entities);
      return subgraph;
    },
    subgraph: async (_root, { ids, knownAt }, { graph, limits, loaders }) => {
      const subgraph = await entitySubgraph(graph, { ids: subgraphIds(ids, limits), knownAt: knownAt ?? null });
      loaders.primeEntities(subgraph.entities);
      return subgraph;
    },
    timeline: async (_root, args, ctx, info) => {
      const plans = [{ request: timelineRequest(ctx, info, args), nested: [] }];
      const entities = selects(info.fieldNodes, info, ['entity']);
      const [read] = await ctx.loaders.relationshipPages.readAhead({ ids: [args.id], entities, plans });
      if (!read) throw new NotFoundError('entity', args.id);
      return timelineModel(args.id, read.pages[0]!.page);
    },
    stats: (_root, { knownAt }, { graph }) => {
      let counts: Promise<GraphCounts> | null = null;
      return { counts: () => (counts ??= graphCounts(graph, knownAt ?? null)) };
    },
  },
};
