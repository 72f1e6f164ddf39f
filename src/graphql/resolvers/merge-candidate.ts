import type { MergeCandidate } from '../../domain/resolution';
import { encodeCursor, mergeCandidates } from '../../graph';
import { afterCursor, pageSize } from '../arguments/page';
import type { GraphQLContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import { requireEntity } from './entity-fields';

const pair = (candidate: MergeCandidate) => candidate.entityIds.join(' ');

/** The candidates after a cursor's (score, pair): best first, ties by pair, so pages never overlap. */
function after(candidates: MergeCandidate[], cursor: ReturnType<typeof afterCursor>): MergeCandidate[] {
  if (cursor === null) return candidates;
  const [score, key] = cursor as [number, string];
  return candidates.filter((c) => c.score < score || (c.score === score && pair(c) > key));
}

/**
 * Merge candidates are computed from the current graph at each request (the
 * scorer is pure and linear after blocking; see docs/entity-resolution.md),
 * so a merge or a "not the same" judgement shows at once.
 */
export const mergeCandidateResolvers: Resolvers = {
  Query: {
    mergeCandidates: async (_root, args, { graph, limits }) => {
      const first = pageSize(args.first, limits);
      const all = await mergeCandidates(graph, { kinds: args.kinds ?? null, documentIds: args.documents ?? null });
      const rest = after(all, afterCursor(args.after));
      const edges = rest.slice(0, first).map((node) => ({ cursor: encodeCursor([node.score, pair(node)]), node }));
      return {
        edges,
        totalCount: all.length,
        pageInfo: { hasNextPage: rest.length > first, endCursor: edges.at(-1)?.cursor ?? null },
      };
    },
  },
  MergeCandidate: {
    entities: (candidate, _args, ctx: GraphQLContext) =>
      Promise.all(candidate.entityIds.map((id) => requireEntity(ctx, id))),
    suggestedKeep: (candidate, _args, ctx: GraphQLContext) => requireEntity(ctx, candidate.suggestedKeep),
  },
};
