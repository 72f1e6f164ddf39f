import { explainHop } from '../../graph';
import type { Resolvers } from '../generated/resolvers-types';

export const pathHopResolvers: Resolvers['PathHop'] = {
  explanation: (hop) => explainHop(hop),
};
