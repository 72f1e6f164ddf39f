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
});
