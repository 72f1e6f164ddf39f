import type { Limits } from '../config/types';
import type { GraphClient } from '../graph';
import type { Loaders } from '../loaders';

/** What every resolver gets: this request's graph client, its loaders and the configured limits. */
export interface GraphQLContext {
  graph: GraphClient;
  loaders: Loaders;
  limits: Limits;
  requestId: string;
}
