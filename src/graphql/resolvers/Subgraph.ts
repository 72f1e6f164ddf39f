import type { SubgraphResolvers } from '../generated/resolvers-types';

export const Subgraph: SubgraphResolvers = {
  nodes: (subgraph) => subgraph.entities,
  edges: (subgraph) => subgraph.relationships,
  truncated: (subgraph) => subgraph.truncatedBy.length > 0,
};
