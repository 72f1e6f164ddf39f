import { BadInputError, NotFoundError } from '../../domain/errors';
import {
  connectEntities,
  encodeCursor,
  findAllShortestPaths,
  findCommonNeighbours,
  findKPaths,
  findPath,
  graphCounts,
  listEntities,
  neighbourhood,
  searchEntities,
  timeline,
  type GraphCounts,
} from '../../graph';
import { boundedInt } from '../arguments/bounded-int';
import { afterCursor, pageSize } from '../arguments/page';
import { connectionIds, toPathSearch } from '../arguments/path-options';
import { toCriteria, windowDays } from '../arguments/relationship-filter';
import type { QueryResolvers } from '../generated/resolvers-types';
import { relationshipPlans, selectionReads } from '../relationship-pages';

/**
 * The root fields. Argument defaults are the SDL's (graphql-js applies them);
 * the ones that depend on configuration (`first`, `fanOut`, path hops) are
 * read from the limits here. Entities a statement already read are primed
 * into the loaders, so their fields cost no round trip.
 */
export const Query: QueryResolvers = {
  entity: async (_root, { id }, ctx, info) => {
    const plans = relationshipPlans(info, ctx);
    const { loaders } = ctx;
    const entity =
      plans.length > 0 ? await loaders.relationshipPages.readAhead(id, plans) : await loaders.entity.load(id);
    if (!entity) throw new NotFoundError('entity', id);
    return entity;
  },
  relationship: async (_root, { id }, { loaders }) => {
    const relationship = await loaders.relationship.load(id);
    if (!relationship) throw new NotFoundError('relationship', id);
    return relationship;
  },
  entities: async (_root, { filter, sort, first, after }, { graph, limits, loaders }) => {
    const page = await listEntities(graph, {
      filter: {
        kinds: filter?.kinds ?? null,
        ids: filter?.ids ?? null,
        text: filter?.text ?? null,
        hasRelationshipTypes: filter?.hasRelationshipTypes ?? null,
        activeIn: windowDays(filter?.activeIn, 'filter.activeIn'),
        named: filter?.named ?? null,
      },
      sort,
      first: pageSize(first, limits),
      after: afterCursor(after),
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
    const hits = await searchEntities(graph, text, kinds ?? null, pageSize(first, limits));
    loaders.primeEntities(hits.map((hit) => hit.entity));
    return hits;
  },
  neighbourhood: async (_root, args, { graph, limits, loaders }, info) => {
    const subgraph = await neighbourhood(graph, args.id, {
      depth: boundedInt(args.depth, 'depth', 1, limits.maxTraversalDepth, 'maxTraversalDepth'),
      criteria: toCriteria(args.filter),
      fanOut: boundedInt(args.fanOut ?? limits.maxFanOut, 'fanOut', 1, limits.maxFanOut, 'maxFanOut'),
      limit: boundedInt(args.limit, 'limit', 1, limits.maxSubgraphNodes, 'maxSubgraphNodes'),
      reads: selectionReads(info, { relationships: ['edges'], entities: ['nodes'] }),
    });
    if (!subgraph) throw new NotFoundError('entity', args.id);
    loaders.primeEntities(subgraph.entities);
    return subgraph;
  },
  timeline: async (_root, args, { graph, limits, loaders }, info) => {
    const page = await timeline(graph, args.id, {
      criteria: toCriteria(args.filter),
      first: pageSize(args.first, limits),
      after: afterCursor(args.after),
      reads: selectionReads(info, { relationships: ['entries', 'relationship'], entities: ['entries', 'other'] }),
    });
    if (!page) throw new NotFoundError('entity', args.id);
    loaders.primeEntities(page.items.map((item) => item.other));
    return { entityId: args.id, page };
  },
  stats: (_root, _args, { graph }) => {
    let counts: Promise<GraphCounts> | null = null;
    return { counts: () => (counts ??= graphCounts(graph)) };
  },
  path: async (_root, { from, to, options }, ctx) => {
    const answer = await findPath(ctx.graph, from, to, toPathSearch(options, ctx.limits));
    ctx.loaders.primeEntities(answer.path?.entities ?? []);
    return answer;
  },
  paths: async (_root, { from, to, k, options }, ctx) => {
    const count = boundedInt(k, 'k', 1, ctx.limits.maxPageSize, 'maxPageSize');
    const answer = await findKPaths(ctx.graph, from, to, toPathSearch(options, ctx.limits), count);
    ctx.loaders.primeEntities(answer.paths.flatMap((path) => path.entities));
    return answer;
  },
  allShortestPaths: async (_root, { from, to, limit, options }, ctx) => {
    const cap = boundedInt(limit ?? ctx.limits.defaultPageSize, 'limit', 1, ctx.limits.maxPageSize, 'maxPageSize');
    const answer = await findAllShortestPaths(ctx.graph, from, to, toPathSearch(options, ctx.limits), cap);
    ctx.loaders.primeEntities(answer.paths.flatMap((path) => path.entities));
    return answer;
  },
  connections: async (_root, { ids, options }, ctx) => {
    const subgraph = await connectEntities(ctx.graph, connectionIds(ids), toPathSearch(options, ctx.limits));
    ctx.loaders.primeEntities(subgraph.entities);
    return subgraph;
  },
  commonNeighbours: async (_root, { a, b, filter, first }, ctx) => {
    const found = await findCommonNeighbours(ctx.graph, a, b, toCriteria(filter), pageSize(first, ctx.limits));
    ctx.loaders.primeEntities(found.neighbours.map((n) => n.entity));
    return found;
  },
};
