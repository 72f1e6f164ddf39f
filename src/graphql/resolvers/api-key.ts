import type { Resolvers } from '../generated/resolvers-types';

export const apiKeyResolvers: Resolvers['ApiKey'] = {
  revoked: (key) => key.revokedAt !== null,
};
