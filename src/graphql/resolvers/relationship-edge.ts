import type { Resolvers } from '../generated/resolvers-types';
import { requireEntity } from './entity';

export const relationshipEdgeResolvers: Resolvers['RelationshipEdge'] = {
  other: (edge, _args, ctx) => edge.other ?? requireEntity(ctx, edge.otherId),
};
