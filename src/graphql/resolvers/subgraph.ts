import type { Resolvers } from '../generated/resolvers-types';

export const subgraphResolvers: Resolvers['Subgraph'] = {
  nodes: (subgraph) => subgraph.entities,
  edges: (subgraph) => subgraph.relationships,
  truncated: (subgraph) => subgraph.truncatedBy.length > 0,
  notFound: (subgraph) => subgraph.notFound ?? [],
};
