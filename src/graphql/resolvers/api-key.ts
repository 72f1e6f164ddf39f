import { checkApiKeyRequest } from '../../domain/api-key';
import { NotFoundError } from '../../domain/errors';
import { requireScope } from '../../domain/viewer';
import type { MutationResolvers, QueryResolvers, Resolvers } from '../generated/resolvers-types';

/** GraphQL `ADMIN` is the domain's `admin`. */
export const Scope = { READ: 'read', WRITE: 'write', ADMIN: 'admin' } as const;

export const ApiKey: Resolvers['ApiKey'] = {
  revoked: (key) => key.revokedAt !== null,
};

export const apiKeyQueryResolvers: QueryResolvers = {
  apiKeys: async (_root, { includeRevoked }, { graph, viewer, apiKeys }) => {
    requireScope(viewer, 'admin');
    return apiKeys.list(graph, includeRevoked ?? false);
  },
};

export const apiKeyMutationResolvers: MutationResolvers = {
  createApiKey: async (_root, { name, scopes }, { graph, viewer, apiKeys }) => {
    requireScope(viewer, 'admin');
    const { key, token } = await apiKeys.create(graph, checkApiKeyRequest(name, scopes), viewer.actor);
    return { key, secret: token };
  },
  revokeApiKey: async (_root, { id }, { graph, viewer, apiKeys }) => {
    requireScope(viewer, 'admin');
    const key = await apiKeys.revoke(graph, id, viewer.actor);
    if (key === null) throw new NotFoundError('API key', id);
    return key;
  },
};
