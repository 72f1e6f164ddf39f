import type { Resolvers } from '../generated/resolvers-types';

export const commonNeighboursResolvers: Resolvers['CommonNeighbours'] = {
  totalCount: (found) => found.total,
  truncated: (found) => found.total > found.neighbours.length,
};
