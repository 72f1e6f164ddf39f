import {
  connectEntities,
  explainHop,
  findAllShortestPaths,
  findCommonNeighbours,
  findKPaths,
  findPath,
  type Path,
} from '../../graph';
import { boundedInt } from '../arguments/bounded-int';
import { pageSize } from '../arguments/page';
import { connectionIds, toPathSearch } from '../arguments/path-options';
import { toCriteria } from '../arguments/relationship-filter';
import type { GraphQLContext } from '../context';
import type { QueryResolvers, Resolvers } from '../generated/resolvers-types';

/** A path's entities are already fetched: prime the loaders so `from`/`to`/`nodes` cost no round trip. */
function prime({ loaders }: GraphQLContext, paths: ReadonlyArray<Path | null>): void {
  for (const path of paths) if (path) loaders.primeEntities(path.entities);
}

/** The path fields of Query; resolvers/index.ts merges them into Query. */
export const pathQueryResolvers: QueryResolvers = {
  path: async (_root, { from, to, options }, ctx) => {
    const answer = await findPath(ctx.graph, from, to, toPathSearch(options, ctx.limits));
    prime(ctx, [answer.path]);
    return answer;
  },
  paths: async (_root, { from, to, k, options }, ctx) => {
    const count = boundedInt(k ?? 3, 'k', 1, ctx.limits.maxPageSize, 'maxPageSize');
    const answer = await findKPaths(ctx.graph, from, to, toPathSearch(options, ctx.limits), count);
    prime(ctx, answer.paths);
    return answer;
  },
  allShortestPaths: async (_root, { from, to, limit, options }, ctx) => {
    const cap = boundedInt(limit ?? ctx.limits.defaultPageSize, 'limit', 1, ctx.limits.maxPageSize, 'maxPageSize');
    const answer = await findAllShortestPaths(ctx.graph, from, to, toPathSearch(options, ctx.limits), cap);
    prime(ctx, answer.paths);
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

export const pathResolvers: Resolvers = {
  Path: {
    length: (path) => path.hops.length,
    nodes: (path) => path.entities,
    minSources: (path) => path.evidence.minSources,
    minConfidence: (path) => path.evidence.minConfidence,
    documentCount: (path) => path.evidence.documents,
  },
  PathHop: {
    explanation: (hop) => explainHop(hop),
  },
  CommonNeighbours: {
    totalCount: (found) => found.total,
    truncated: (found) => found.total > found.neighbours.length,
  },
};
