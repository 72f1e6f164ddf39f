import type { Resolvers } from '../generated/resolvers-types';

export const documentTextChangeResolvers: Resolvers['DocumentTextChange'] = {
  quotes: (change) => change.placements,
};
