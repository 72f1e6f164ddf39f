import { explainHop } from '../../graph';
import type { PathHopResolvers } from '../generated/resolvers-types';

export const PathHop: PathHopResolvers = {
  explanation: (hop) => explainHop(hop),
};
