/** READ_ACCESS=key: reads need a credential with the `read` scope; the cache's revocation window. */
import { systemViewer } from '../../src/domain';
import { ApiKeyStore, GraphClient } from '../../src/graph';
import { startTestApi, type TestApi } from '../support/api';
import { bearer, makeKey } from '../support/keys';

const RUN = `read-access-test-${process.pid}-${Date.now()}`;
let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ READ_ACCESS: 'key' });
});
afterAll(async () => {
  await api.driver.executeQuery('MATCH (k:ApiKey) WHERE k.name STARTS WITH $run DETACH DELETE k', { run: RUN });
  await api.stop();
});

const READ = '{ stats { entityCount } }';

describe('READ_ACCESS=key', () => {
  it('refuses a read without a credential (401, bare challenge) and runs nothing', async () => {
    const res = await api.gql(READ);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer realm="newsgraph"');
    expect(res.body.extensions.newsgraph.cypherStatements).toBe(0);
    expect(res.body).toMatchObject({
      errors: [
        expect.objectContaining({
          message: 'This needs a credential with the "read" scope; the request carried none.',
          extensions: { code: 'UNAUTHENTICATED' },
        }),
      ],
    });
    // GET is refused the same way.
    const get = await fetch(`${api.url}?query=${encodeURIComponent(READ)}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(401);
  });

  it('answers a read key, and refuses a key without `read` (403)', async () => {
    const reader = await makeKey(api.driver, `${RUN} reader`, ['read']);
    const ok = await api.gql(READ, {}, bearer(reader.token));
    expect(ok.status).toBe(200);
    expect(ok.body.data.stats.entityCount).toBeGreaterThan(0);
    const admin = await makeKey(api.driver, `${RUN} admin`, ['admin']);
    const refused = await api.gql(READ, {}, bearer(admin.token));
    expect(refused.status).toBe(403);
    expect(refused.body.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', required: 'read', held: ['admin'] });
    // The admin key still does its own job.
    expect((await api.gql('{ apiKeys { id } }', {}, bearer(admin.token))).status).toBe(200);
  });

  it('lets introspection through without a key (INTROSPECTION governs it): the playground loads its schema', async () => {
    const res = await api.gql('{ __schema { queryType { name } } __typename }');
    expect(res.status).toBe(200);
    expect(res.body.data.__schema.queryType.name).toBe('Query');
  });
});

describe('the key cache', () => {
  const client = () => new GraphClient(api.driver, { database: null, timeoutMs: 30_000 });

  it('sees a revocation by another process after its TTL, and its own at once', async () => {
    let now = Date.now();
    const server = new ApiKeyStore({ cacheMs: 30_000, now: () => now });
    const other = new ApiKeyStore({ cacheMs: 0 }); // the CLI, another server
    const { key, token } = await makeKey(api.driver, `${RUN} cached`, ['read']);
    expect((await server.verify(client(), token)).ok).toBe(true);
    await other.revoke(client(), key.id, systemViewer('test').actor);
    expect((await server.verify(client(), token)).ok).toBe(true); // still trusted from memory
    now += 30_001;
    expect(await server.verify(client(), token)).toEqual({ ok: false, reason: 'revoked' });

    const second = await makeKey(api.driver, `${RUN} cached-2`, ['read']);
    expect((await server.verify(client(), second.token)).ok).toBe(true);
    await server.revoke(client(), second.key.id, systemViewer('test').actor);
    expect(await server.verify(client(), second.token)).toEqual({ ok: false, reason: 'revoked' });
  });

  it('checks the secret against the cached hash too', async () => {
    const server = new ApiKeyStore({ cacheMs: 30_000 });
    const { token } = await makeKey(api.driver, `${RUN} cached-3`, ['read']);
    expect((await server.verify(client(), token)).ok).toBe(true);
    const forged = `${token.slice(0, 21)}${'A'.repeat(43)}`;
    expect(await server.verify(client(), forged)).toEqual({ ok: false, reason: 'unknown' });
  });
});
