import type { Resolvers } from '../generated/resolvers-types';
import { farEndEntity } from '../relationship-pages';

export const relationshipEdgeResolvers: Resolvers['RelationshipEdge'] = {
  other: (edge) => farEndEntity(edge.other),
};
