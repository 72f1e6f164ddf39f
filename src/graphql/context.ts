import type { Limits } from '../config/types';
import type { ApiKeyStore, GraphClient } from '../graph';
import type { Loaders } from '../loaders';
import type { Viewer } from '../domain/viewer';

/** What every resolver gets: this request's graph client, its loaders, the configured limits and who is asking. */
export interface GraphQLContext {
  graph: GraphClient;
  loaders: Loaders;
  limits: Limits;
  requestId: string;
  viewer: Viewer;
  /** The process's API keys (one cache per process, so a revocation here takes effect at once). */
  apiKeys: ApiKeyStore;
}
