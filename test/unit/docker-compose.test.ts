import { readFileSync } from 'node:fs';
import path from 'node:path';

import { parse } from 'yaml';

import { loadConfig } from '../../src/config';

const root = path.join(__dirname, '..', '..');
const compose = parse(readFileSync(path.join(root, 'docker-compose.yml'), 'utf8'));
const dockerfile = readFileSync(path.join(root, 'Dockerfile'), 'utf8');

/** Compose interpolation of ${VAR:-default}, enough to read our own file. */
const interpolate = (value: string) =>
  value.replace(/\$\{(\w+):-([^}]*)\}/g, (_m, _name, fallback: string) => fallback);

describe('docker-compose.yml (cannot run here; its wiring is checked instead)', () => {
  it('runs Neo4j 5.26 Community with a healthcheck and a volume', () => {
    const neo4j = compose.services.neo4j;
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(neo4j.healthcheck.test.join(' ')).toMatch(/cypher-shell .*RETURN 1/);
    expect(neo4j.volumes).toContain('neo4j-data:/data');
    expect(Object.keys(compose.volumes)).toContain('neo4j-data');
  });

  it('starts the server only once the database is healthy, wired by NEO4J_URI', () => {
    const server = compose.services.server;
    expect(server.build).toBe('.');
    expect(server.depends_on.neo4j.condition).toBe('service_healthy');
    expect(server.environment.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(interpolate(server.environment.NEO4J_PASSWORD)).toBe(
      interpolate(compose.services.neo4j.environment.NEO4J_AUTH).replace('neo4j/', ''),
    );
    expect(server.ports).toContain(`127.0.0.1:${server.environment.PORT}:4000`);
  });

  it('gives the server an environment its own config accepts', () => {
    const env = Object.fromEntries(
      Object.entries(compose.services.server.environment).map(([k, v]) => [k, interpolate(String(v))]),
    );
    const config = loadConfig(env);
    expect(config.neo4j.uri).toBe('bolt://neo4j:7687');
    expect(config.http.host).toBe('0.0.0.0');
  });

  it('builds a multi-stage image that runs as a non-root user', () => {
    expect(dockerfile.match(/^FROM /gm)).toHaveLength(2);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^CMD \["node", "dist\/src\/main\.js"\]$/m);
    expect(dockerfile).toMatch(/COPY .*seeds \.\/seeds/);
  });
});
