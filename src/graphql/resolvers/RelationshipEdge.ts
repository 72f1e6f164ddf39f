import type { RelationshipEdgeResolvers } from '../generated/resolvers-types';

/** `cursor`, `node` and `direction` are the model's own; `other` was read with the page. */
export const RelationshipEdge: RelationshipEdgeResolvers = {
  other: (edge) => edge.other,
};
