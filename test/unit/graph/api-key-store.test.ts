import { DatabaseUnavailableError } from '../../../src/domain/errors';
import { apiKeyHash, newApiKeySecret, type ApiKey } from '../../../src/domain';
import { ApiKeyStore } from '../../../src/graph/api-keys';
import type { GraphClient } from '../../../src/graph/client';

/** A client that finds one key and fails its `lastUsedAt` write with `failure`. */
function clientFailingTouch(token: string, id: string, failure: Error): GraphClient {
  const key: ApiKey = {
    id,
    name: 'n',
    scopes: ['read'],
    createdAt: '2026-01-01T00:00:00.000Z',
    createdBy: 'system:test',
    revokedAt: null,
    revokedBy: null,
    lastUsedAt: null,
  };
  return {
    read: async () => [{ key, hash: apiKeyHash(token) }],
    write: async () => {
      throw failure;
    },
  } as unknown as GraphClient;
}

describe('ApiKeyStore: recording lastUsedAt is best effort, but only against the database', () => {
  it('lets the request through when the database refuses the bookkeeping write', async () => {
    const { id, token } = newApiKeySecret();
    const store = new ApiKeyStore({ cacheMs: 0 });
    const client = clientFailingTouch(token, id, new DatabaseUnavailableError('down'));
    await expect(store.verify(client, token)).resolves.toMatchObject({ ok: true, key: { id, lastUsedAt: null } });
  });

  it('does not hide a bug of ours behind the same catch', async () => {
    const { id, token } = newApiKeySecret();
    const store = new ApiKeyStore({ cacheMs: 0 });
    const client = clientFailingTouch(token, id, new TypeError('x is not a function'));
    await expect(store.verify(client, token)).rejects.toThrow(TypeError);
  });
});
