import neo4j, { type Driver } from 'neo4j-driver';

/**
 * A driver for integration tests, from NEO4J_URI (set by global-setup.ts when it
 * starts the local Neo4j, or by the caller to use an existing server). The local
 * Neo4j runs with auth disabled and accepts any credentials, so NEO4J_USER /
 * NEO4J_PASSWORD are only needed for a real server. Close it in afterAll.
 */
export function testDriver(uri: string = requiredUri()): Driver {
  const user = process.env['NEO4J_USER'];
  const password = process.env['NEO4J_PASSWORD'];
  const auth = password ? neo4j.auth.basic(user ?? 'neo4j', password) : undefined;
  return neo4j.driver(uri, auth, {
    disableLosslessIntegers: true,
    logging: { level: 'error', logger: () => undefined },
  });
}

function requiredUri(): string {
  const uri = process.env['NEO4J_URI'];
  if (!uri) throw new Error('NEO4J_URI is not set: run tests through jest (global-setup.ts starts a local Neo4j)');
  return uri;
}
