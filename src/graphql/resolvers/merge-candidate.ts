import type { GraphQLContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import { requireEntity } from './entity';

export const mergeCandidateResolvers: Resolvers['MergeCandidate'] = {
  entities: (candidate, _args, ctx: GraphQLContext) =>
    Promise.all(candidate.entityIds.map((id) => requireEntity(ctx, id))),
  suggestedKeep: (candidate, _args, ctx: GraphQLContext) => requireEntity(ctx, candidate.suggestedKeep),
};
