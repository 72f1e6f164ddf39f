/** API keys over real HTTP against a real Neo4j: scopes, revocation, secrets shown once, never logged. */
import { apiKeyHash } from '../../src/domain';
import { startTestApi, type TestApi } from '../support/api';
import { bearer, capturedLogger, makeKey } from '../support/keys';

const RUN = `keys-test-${process.pid}-${Date.now()}`;
const log = capturedLogger();
let api: TestApi;
let admin: string;
let reader: string;
const secrets: string[] = [];

beforeAll(async () => {
  api = await startTestApi({}, log.logger);
  admin = (await makeKey(api.driver, `${RUN} admin`, ['admin'])).token;
  reader = (await makeKey(api.driver, `${RUN} reader`, ['read'])).token;
  secrets.push(admin, reader);
});
afterAll(async () => {
  await api.driver.executeQuery('MATCH (k:ApiKey) WHERE k.name STARTS WITH $run DETACH DELETE k', { run: RUN });
  await api.stop();
});

const CREATE = `mutation($name: String!, $scopes: [Scope!]!) {
  createApiKey(name: $name, scopes: $scopes) { secret key { id name scopes createdBy revoked } }
}`;
const REVOKE = `mutation($id: ID!) { revokeApiKey(id: $id) { id revoked revokedAt revokedBy } }`;
const LIST = `query($all: Boolean) { apiKeys(includeRevoked: $all) { id name scopes revoked lastUsedAt } }`;

async function createKey(name: string, scopes: string[]) {
  const res = await api.gql(CREATE, { name: `${RUN} ${name}`, scopes }, bearer(admin));
  expect(res.body.errors).toBeUndefined();
  const created = res.body.data.createApiKey as { secret: string; key: { id: string } };
  secrets.push(created.secret);
  return { ...created, raw: JSON.stringify(res.body) };
}

describe('API keys over GraphQL', () => {
  it('an admin key creates a key, shown once, whose stored hash is not the secret', async () => {
    const created = await createKey('dashboard', ['READ']);
    expect(created.secret).toMatch(/^ngk_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
    expect(created.secret.startsWith(`ngk_${created.key.id}_`)).toBe(true);
    expect(created.raw.split(created.secret)).toHaveLength(2); // once in the response
    expect(created.key).toMatchObject({ name: `${RUN} dashboard`, scopes: ['READ'], revoked: false });

    const stored = await api.driver.executeQuery('MATCH (k:ApiKey {id: $id}) RETURN properties(k) AS p', {
      id: created.key.id,
    });
    const props = stored.records[0]!.get('p') as Record<string, unknown>;
    expect(props['hash']).toBe(apiKeyHash(created.secret));
    expect(JSON.stringify(props)).not.toContain(created.secret.slice(21)); // no part of the secret
    expect(Object.keys(props).sort()).toEqual(['createdAt', 'createdBy', 'hash', 'id', 'name', 'scopes']);

    const list = await api.gql(LIST, { all: true }, bearer(admin));
    expect(list.status).toBe(200);
    expect(list.body.data.apiKeys).toContainEqual(
      expect.objectContaining({ id: created.key.id, scopes: ['READ'], revoked: false }),
    );
    expect(JSON.stringify(list.body)).not.toContain(created.secret);
    expect(JSON.stringify(list.body)).not.toContain(apiKeyHash(created.secret));
  });

  it('the new key reads; records its last use', async () => {
    const { secret, key } = await createKey('last-use', ['READ']);
    const res = await api.gql('{ stats { entityCount } }', {}, bearer(secret));
    expect(res.status).toBe(200);
    expect(res.body.data.stats.entityCount).toBeGreaterThan(0);
    const list = await api.gql(LIST, { all: false }, bearer(admin));
    const mine = (list.body.data.apiKeys as Array<{ id: string; lastUsedAt: string | null }>).find(
      (k) => k.id === key.id,
    );
    expect(Date.parse(mine!.lastUsedAt!)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('a read key is FORBIDDEN (403, insufficient_scope) to manage keys; nothing is created', async () => {
    for (const [query, variables] of [
      [CREATE, { name: `${RUN} nope`, scopes: ['ADMIN'] }],
      [LIST, {}],
      [REVOKE, { id: '0000000000000000' }],
    ] as const) {
      const res = await api.gql(query, variables, bearer(reader));
      expect(res.status).toBe(403);
      expect(res.headers.get('www-authenticate')).toBe(
        'Bearer realm="newsgraph", scope="admin", error="insufficient_scope"',
      );
      expect(res.body.data).toBeUndefined();
      expect(res.body.errors).toEqual([
        expect.objectContaining({
          message: 'This needs the "admin" scope; the credential has "read".',
          extensions: { code: 'FORBIDDEN', required: 'admin', held: ['read'] },
        }),
      ]);
    }
    const made = await api.driver.executeQuery('MATCH (k:ApiKey {name: $name}) RETURN count(k) AS n', {
      name: `${RUN} nope`,
    });
    expect(made.records[0]!.get('n')).toBe(0);
  });

  it('no credential is UNAUTHENTICATED (401, bare Bearer challenge) for admin fields, even beside open reads', async () => {
    const res = await api.gql(`{ stats { entityCount } apiKeys { id } }`);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer realm="newsgraph"');
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.gql(CREATE, { name: `${RUN} anon`, scopes: ['READ'] })).status).toBe(401);
  });

  it('refuses a bad credential even where reads are open: never falls back to anonymous', async () => {
    const { secret } = await createKey('tampered', ['READ']);
    const wrongSecret = secret.slice(0, -4) + (secret.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    const unknownId = `ngk_ffffffffffffffff_${secret.slice(-43)}`;
    for (const authorization of [
      `Bearer ${wrongSecret}`,
      `Bearer ${unknownId}`,
      'Bearer ngk_short',
      'Bearer not-a-key-and-no-jwt-configured',
      `Basic ${Buffer.from('a:b').toString('base64')}`,
      'Bearer',
    ]) {
      const res = await api.gql('{ stats { entityCount } }', {}, { authorization });
      expect({ authorization, status: res.status }).toEqual({ authorization, status: 401 });
      expect(res.headers.get('www-authenticate')).toBe('Bearer realm="newsgraph", error="invalid_token"');
      expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const credential = authorization.split(' ')[1];
      if (credential) expect(JSON.stringify(res.body)).not.toContain(credential);
    }
  });

  it('a revoked key is refused at once by the process that revoked it; revoking twice keeps the first', async () => {
    const { secret, key } = await createKey('to-revoke', ['READ']);
    expect((await api.gql('{ stats { entityCount } }', {}, bearer(secret))).status).toBe(200); // now cached
    const revoked = await api.gql(REVOKE, { id: key.id }, bearer(admin));
    expect(revoked.body.data.revokeApiKey).toMatchObject({
      id: key.id,
      revoked: true,
      revokedBy: expect.stringMatching(/^key:/),
    });
    const res = await api.gql('{ stats { entityCount } }', {}, bearer(secret));
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0]?.message).toBe('The bearer API key has been revoked.');
    const again = await api.gql(REVOKE, { id: key.id }, bearer(admin));
    expect(again.body.data.revokeApiKey.revokedAt).toBe(revoked.body.data.revokeApiKey.revokedAt);
    const active = await api.gql(LIST, { all: false }, bearer(admin));
    expect(active.body.data.apiKeys.map((k: { id: string }) => k.id)).not.toContain(key.id);
  });

  it('names what is wrong with a bad request: unknown id, bad name', async () => {
    const unknown = await api.gql(REVOKE, { id: 'nope' }, bearer(admin));
    expect(unknown.body.errors?.[0]).toMatchObject({
      message: 'No API key with id "nope".',
      extensions: { code: 'NOT_FOUND' },
    });
    const badName = await api.gql(CREATE, { name: '  ', scopes: ['READ'] }, bearer(admin));
    expect(badName.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const noScope = await api.gql(CREATE, { name: `${RUN} none`, scopes: [] }, bearer(admin));
    expect(noScope.body.errors?.[0]?.message).toMatch(/one or more of read, write, admin; got none/);
  });

  it('keys are invisible to every read of the graph', async () => {
    const { key } = await createKey('Nayib Bukele', ['READ']);
    const res = await api.gql(
      `query($id: ID!, $text: String!) {
        search(text: $text) { entity { id } }
        entities(filter: { text: $text }, first: 100) { edges { node { id } } }
        entity(id: $id) { id }
      }`,
      { id: key.id, text: 'Bukele' },
    );
    const ids = JSON.stringify(res.body.data ?? {});
    expect(ids).toContain('nayib-bukele');
    expect(ids).not.toContain(key.id);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const counts = await api.driver.executeQuery(
      'MATCH (k:ApiKey) RETURN count(k) AS keys, count { (k)--() } AS links, count { MATCH (k:ApiKey:Entity) } AS entities',
    );
    expect(counts.records[0]!.get('keys')).toBeGreaterThan(0);
    expect(counts.records[0]!.get('entities')).toBe(0);
  });

  it('never writes a secret or an Authorization header to the log', async () => {
    await api.gql('{ stats { entityCount } }', {}, bearer(reader));
    await api.gql('{ stats { entityCount } }', {}, { authorization: `Bearer ${admin}x` });
    const text = log.text();
    expect(text).toContain('"msg":"request"'); // the capture works
    for (const secret of secrets) expect(text).not.toContain(secret.slice(21));
    expect(text.toLowerCase()).not.toContain('bearer ngk');
  });
});
