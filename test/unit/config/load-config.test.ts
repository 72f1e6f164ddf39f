import { ConfigError, loadConfig } from '../../../src/config';

describe('loadConfig', () => {
  it('gives defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config.http.port).toBe(4000);
    expect(config.neo4j.uri).toBeNull();
    expect(config.limits.maxTraversalDepth).toBeGreaterThanOrEqual(3);
    expect(config.http.corsOrigins).toEqual([]);
  });

  it('reads values and lists', () => {
    const config = loadConfig({
      PORT: '8080',
      NEO4J_URI: 'neo4j+s://x.databases.neo4j.io',
      CORS_ORIGINS: 'http://a, http://b',
    });
    expect(config.http.port).toBe(8080);
    expect(config.neo4j.uri).toBe('neo4j+s://x.databases.neo4j.io');
    expect(config.http.corsOrigins).toEqual(['http://a', 'http://b']);
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['NEO4J_URI', 'http://localhost:7474'],
    ['MAX_PAGE_SIZE', '0'],
    ['LOG_LEVEL', 'loud'],
  ])('names the variable when %s=%s is wrong', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`${name}="${value}"`));
  });

  it('checks values against each other', () => {
    expect(() => loadConfig({ DEFAULT_PAGE_SIZE: '50', MAX_PAGE_SIZE: '10' })).toThrow(/DEFAULT_PAGE_SIZE/);
  });

  it('reads open by default; JWTs only with JWKS URL, issuer and audience together', () => {
    expect(loadConfig({}).auth).toEqual({ readAccess: 'open', apiKeyCacheMs: 30_000, jwt: null });
    const jwt = loadConfig({
      READ_ACCESS: 'key',
      JWT_JWKS_URL: 'https://idp.example/.well-known/jwks.json',
      JWT_ISSUER: 'https://idp.example/',
      JWT_AUDIENCE: 'newsgraph',
      JWT_SCOPE_MAP: 'graph:read=read, graph:edit=write',
    }).auth;
    expect(jwt.readAccess).toBe('key');
    expect(jwt.jwt).toEqual({
      jwksUrl: 'https://idp.example/.well-known/jwks.json',
      issuer: 'https://idp.example/',
      audience: 'newsgraph',
      scopesClaim: 'scope',
      scopeMap: { 'graph:read': 'read', 'graph:edit': 'write' },
    });
    expect(() => loadConfig({ JWT_ISSUER: 'https://idp.example/' })).toThrow(/set all three/);
    expect(() => loadConfig({ READ_ACCESS: 'closed' })).toThrow(/READ_ACCESS="closed"/);
    expect(() => loadConfig({ JWT_SCOPE_MAP: 'graph:read=root' })).toThrow(/JWT_SCOPE_MAP/);
    expect(() => loadConfig({ JWT_JWKS_URL: 'ftp://x/jwks' })).toThrow(/JWT_JWKS_URL/);
  });
});
