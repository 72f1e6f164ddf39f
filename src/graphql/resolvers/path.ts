import type { Resolvers } from '../generated/resolvers-types';

export const pathResolvers: Resolvers['Path'] = {
  length: (path) => path.hops.length,
  nodes: (path) => path.entities,
  minSources: (path) => path.evidence.minSources,
  minConfidence: (path) => path.evidence.minConfidence,
  documentCount: (path) => path.evidence.documents,
};
