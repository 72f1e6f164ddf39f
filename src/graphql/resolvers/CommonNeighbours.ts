import type { CommonNeighboursResolvers } from '../generated/resolvers-types';

export const CommonNeighbours: CommonNeighboursResolvers = {
  totalCount: (found) => found.total,
  truncated: (found) => found.total > found.neighbours.length,
};
