import { BadInputError, NotFoundError } from '../../domain/errors';
import { requireScope } from '../../domain/viewer';
import {
  auditLog,
  connectEntities,
  encodeCursor,
  entitySubgraph,
  findAllShortestPaths,
  findCommonNeighbours,
  findKPaths,
  findPath,
  graphCounts,
  listDrafts,
  listEntities,
  mergeCandidates,
  mergesById,
  neighbourhood,
  readDraft,
  relationshipsById,
  searchEntities,
  type GraphCounts,
  type Path,
} from '../../graph';
import { boundedInt } from '../arguments/bounded-int';
import { orConfigured } from '../arguments/configured-defaults';
import { subgraphIds } from '../arguments/entity-ids';
import { mergeCandidatePage } from '../arguments/merge-candidate-page';
import { afterCursor, pageSize } from '../arguments/page';
import { connectionIds, toPathSearch } from '../arguments/path-options';
import { toCriteria, windowDays } from '../arguments/relationship-filter';
import type { GraphQLContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import {
  neighbourhoodReads,
  neighbourhoodSubgraph,
  relationshipPlans,
  selects,
  timelineModel,
  timelineRequest,
} from '../relationship-pages';
import { resolveMerged } from './entity-merge';

/** A path's entities are already fetched: prime the loaders so `from`/`to`/`nodes` cost no round trip. */
function prime({ loaders }: GraphQLContext, paths: ReadonlyArray<Path | null>): void {
  for (const path of paths) if (path) loaders.primeEntities(path.entities);
}

export const queryResolvers: Resolvers['Query'] = {
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
      sort: args.sort,
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
    const hits = await searchEntities(graph, text, kinds ?? null, pageSize(first, limits));
    loaders.primeEntities(hits.map((hit) => hit.entity));
    return hits;
  },
  neighbourhood: async (_root, args, { graph, limits, loaders }, info) => {
    const depth = boundedInt(args.depth, 'depth', 1, limits.maxTraversalDepth, 'maxTraversalDepth');
    const fanOut = orConfigured(args.fanOut, 'Query.neighbourhood.fanOut', limits);
    const limit = orConfigured(args.limit, 'Query.neighbourhood.limit', limits);
    boundedInt(fanOut, 'fanOut', 1, limits.maxFanOut, 'maxFanOut');
    boundedInt(limit, 'limit', 1, limits.maxSubgraphNodes, 'maxSubgraphNodes');
    const found = await neighbourhood(graph, args.id, {
      depth,
      criteria: toCriteria(args.filter),
      fanOut,
      limit,
      ...neighbourhoodReads(info),
    });
    if (!found) throw new NotFoundError('entity', args.id);
    return neighbourhoodSubgraph(found, loaders.primeEntities);
  },
  subgraph: async (_root, { ids, knownAt }, { graph, limits, loaders }) => {
    const subgraph = await entitySubgraph(graph, { ids: subgraphIds(ids, limits), knownAt: knownAt ?? null });
    loaders.primeEntities(subgraph.entities);
    return subgraph;
  },
  timeline: async (_root, args, ctx, info) => {
    const plans = [{ request: timelineRequest(ctx, info, args), nested: [] }];
    const entities = selects(info, ['entity']);
    const [read] = await ctx.loaders.relationshipPages.readAhead({ ids: [args.id], entities, plans });
    if (!read) throw new NotFoundError('entity', args.id);
    return timelineModel(args.id, read.pages[0]!.page);
  },
  stats: (_root, { knownAt }, { graph }) => {
    let counts: Promise<GraphCounts> | null = null;
    return { counts: () => (counts ??= graphCounts(graph, knownAt ?? null)) };
  },
  path: async (_root, { from, to, options }, ctx) => {
    const answer = await findPath(ctx.graph, from, to, toPathSearch(options, ctx.limits));
    prime(ctx, [answer.path]);
    return answer;
  },
  paths: async (_root, { from, to, k, options }, ctx) => {
    const count = boundedInt(k, 'k', 1, ctx.limits.maxPageSize, 'maxPageSize');
    const answer = await findKPaths(ctx.graph, from, to, toPathSearch(options, ctx.limits), count);
    prime(ctx, answer.paths);
    return answer;
  },
  allShortestPaths: async (_root, { from, to, limit, options }, ctx) => {
    const cap = orConfigured(limit, 'Query.allShortestPaths.limit', ctx.limits);
    boundedInt(cap, 'limit', 1, ctx.limits.maxPageSize, 'maxPageSize');
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
  apiKeys: async (_root, { includeRevoked }, { graph, viewer, apiKeys }) => {
    requireScope(viewer, 'admin');
    return apiKeys.list(graph, includeRevoked);
  },
  /**
   * The audit trail. Reading it needs the `read` scope like any read: it says
   * who changed what, when and why (actor ids and names, never a secret), which
   * is the provenance an analyst asks for after "who says so?".
   */
  auditLog: async (_root, { filter, first, after }, { graph, limits }) => {
    const page = await auditLog(graph, {
      entityId: filter?.entityId ?? null,
      relationshipId: filter?.relationshipId ?? null,
      actorId: filter?.actor ?? null,
      from: filter?.window?.from ?? null,
      to: filter?.window?.to ?? null,
      first: pageSize(first, limits),
      after: afterCursor(after),
    });
    const edges = page.items.map((item) => ({ cursor: encodeCursor(item.cursor), node: item.entry }));
    return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  },
  /**
   * Merge candidates are computed from the current graph at each request (the
   * scorer is pure and linear after blocking; see docs/entity-resolution.md),
   * so a merge or a "not the same" judgement shows at once.
   */
  mergeCandidates: async (_root, args, { graph, limits }) => {
    const first = pageSize(args.first, limits);
    const all = await mergeCandidates(graph, { kinds: args.kinds ?? null, documentIds: args.documents ?? null });
    return mergeCandidatePage(all, first, args.after);
  },
  entityMerge: async (_root, { id }, { graph }) => {
    const [merge] = await mergesById(graph, [id]);
    if (!merge) throw new NotFoundError('merge', id);
    return merge;
  },
  draft: (_root, { id }, { graph }) => readDraft(graph, id),
  drafts: async (_root, { first, after }, { graph, limits }) => {
    const cursor = afterCursor(after);
    const page = await listDrafts(graph, pageSize(first, limits), cursor as [string, string] | null);
    const edges = page.drafts.map((node) => ({ cursor: encodeCursor([node.createdAt, node.id]), node }));
    return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  },
};
