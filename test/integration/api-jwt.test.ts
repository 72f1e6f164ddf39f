/** Bearer JWTs from an identity provider: a JWKS served by this test on 127.0.0.1, tokens signed here. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { SignJWT, exportJWK, generateKeyPair, type KeyLike } from 'jose';

import { JwtVerifier } from '../../src/server/auth/jwt';
import { startTestApi, type TestApi } from '../support/api';
import { bearer } from '../support/keys';

const ISSUER = 'https://idp.test.invalid/';
const AUDIENCE = 'newsgraph-test';
const RUN = `jwt-test-${process.pid}-${Date.now()}`;

let jwks: Server;
let signing: KeyLike;
let stranger: KeyLike;
let api: TestApi;
let jwksHits = 0;

async function token(
  claims: Record<string, unknown>,
  over: { key?: KeyLike; aud?: string; exp?: string | number } = {},
) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'ES256', kid: 'test-1' })
    .setIssuer(ISSUER)
    .setAudience(over.aud ?? AUDIENCE)
    .setSubject('alice')
    .setIssuedAt()
    .setExpirationTime(over.exp ?? '5m')
    .sign(over.key ?? signing);
}

beforeAll(async () => {
  const pair = await generateKeyPair('ES256');
  signing = pair.privateKey;
  stranger = (await generateKeyPair('ES256')).privateKey; // same kid, not published
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'test-1', alg: 'ES256', use: 'sig' };
  jwks = createServer((_req, res) => {
    jwksHits += 1;
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
  const { port } = jwks.address() as AddressInfo;
  api = await startTestApi({
    JWT_JWKS_URL: `http://127.0.0.1:${port}/.well-known/jwks.json`,
    JWT_ISSUER: ISSUER,
    JWT_AUDIENCE: AUDIENCE,
    JWT_SCOPES_CLAIM: 'permissions',
    JWT_SCOPE_MAP: 'graph:read=read,keys:manage=admin',
    READ_ACCESS: 'key',
  });
});
afterAll(async () => {
  await api.driver.executeQuery('MATCH (k:ApiKey) WHERE k.name STARTS WITH $run DETACH DELETE k', { run: RUN });
  await api.stop();
  await new Promise((resolve) => jwks.close(resolve));
});

const READ = '{ stats { entityCount } }';

describe('JWT bearer tokens', () => {
  it('accepts a valid token; its mapped scopes decide; the subject is the actor', async () => {
    const reader = await token({ permissions: ['graph:read', 'something:else'] });
    const ok = await api.gql(READ, {}, bearer(reader));
    expect(ok.status).toBe(200);
    expect(ok.body.data.stats.entityCount).toBeGreaterThan(0);
    expect(jwksHits).toBeGreaterThan(0);

    const refused = await api.gql('{ apiKeys { id } }', {}, bearer(reader));
    expect(refused.status).toBe(403);
    expect(refused.body.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', required: 'admin', held: ['read'] });

    const admin = await token({ permissions: ['keys:manage'] });
    const created = await api.gql(
      `mutation($name: String!) { createApiKey(name: $name, scopes: [READ]) { key { createdBy } } }`,
      { name: `${RUN} from-jwt` },
      bearer(admin),
    );
    expect(created.body.data.createApiKey.key.createdBy).toBe('token:alice');
  });

  it.each([
    ['a bad signature', () => token({ permissions: ['graph:read'] }, { key: stranger }), /signature does not verify/],
    ['a wrong audience', () => token({ permissions: ['graph:read'] }, { aud: 'someone-else' }), /"aud"/],
    [
      'an expired token',
      () => token({ permissions: ['graph:read'] }, { exp: Math.floor(Date.now() / 1000) - 120 }),
      /expired/,
    ],
    ['a token that is not a JWT', async () => 'eyJ.not.a-jwt', /not an acceptable JWT/],
  ])('refuses %s (401 invalid_token)', async (_what, make, message) => {
    const res = await api.gql(READ, {}, bearer(await make()));
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer realm="newsgraph", error="invalid_token"');
    expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.body.errors?.[0]?.message).toMatch(message);
  });

  it('answers 503 AUTH_UNAVAILABLE, not 401, when the key set cannot be fetched', async () => {
    const verifier = new JwtVerifier({
      jwksUrl: 'http://127.0.0.1:1/jwks.json',
      issuer: ISSUER,
      audience: AUDIENCE,
      scopesClaim: 'scope',
      scopeMap: null,
    });
    await expect(verifier.verify(await token({ scope: 'read' }))).rejects.toMatchObject({
      status: 503,
      code: 'AUTH_UNAVAILABLE',
    });
  });
});
