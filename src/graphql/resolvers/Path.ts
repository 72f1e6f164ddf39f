import type { PathResolvers } from '../generated/resolvers-types';

export const Path: PathResolvers = {
  length: (path) => path.hops.length,
  nodes: (path) => path.entities,
  minSources: (path) => path.evidence.minSources,
  minConfidence: (path) => path.evidence.minConfidence,
  documentCount: (path) => path.evidence.documents,
};
