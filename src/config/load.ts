import { configSchema } from './schema';
import type { Config } from './types';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and checks the environment; throws ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = configSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = issue.path.join('.');
        return `${name}=${JSON.stringify(env[name] ?? '')}: ${issue.message}`;
      }),
    );
  }
  const c = parsed.data;
  const problems: string[] = [];
  if (c.DEFAULT_PAGE_SIZE > c.MAX_PAGE_SIZE) problems.push('DEFAULT_PAGE_SIZE: must not exceed MAX_PAGE_SIZE');
  if (c.DEFAULT_PATH_HOPS > c.MAX_PATH_HOPS) problems.push('DEFAULT_PATH_HOPS: must not exceed MAX_PATH_HOPS');
  const jwtVars = [c.JWT_JWKS_URL, c.JWT_ISSUER, c.JWT_AUDIENCE];
  if (jwtVars.some((v) => v !== undefined) && !jwtVars.every((v) => v !== undefined)) {
    problems.push('JWT_JWKS_URL, JWT_ISSUER, JWT_AUDIENCE: set all three to accept JWTs, or none');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    http: {
      host: c.HOST,
      port: c.PORT,
      corsOrigins: c.CORS_ORIGINS,
      introspection: c.INTROSPECTION,
      persistedOperations: c.PERSISTED_OPERATIONS,
    },
    logLevel: c.LOG_LEVEL,
    neo4j: {
      uri: c.NEO4J_URI ?? null,
      user: c.NEO4J_USER,
      password: c.NEO4J_PASSWORD ?? null,
      database: c.NEO4J_DATABASE ?? null,
      txTimeoutMs: c.TX_TIMEOUT_MS,
      retryMs: c.DB_RETRY_MS,
    },
    localNeo4j: {
      dataDir: c.NEO4J_DATA_DIR,
      port: c.NEO4J_LOCAL_PORT,
      heap: c.NEO4J_HEAP,
      pageCache: c.NEO4J_PAGECACHE,
    },
    seeds: { dir: c.SEEDS_DIR, onStart: c.SEED_ON_START },
    limits: {
      maxQueryDepth: c.MAX_QUERY_DEPTH,
      maxQueryCost: c.MAX_QUERY_COST,
      maxAliases: c.MAX_ALIASES,
      maxTokens: c.MAX_TOKENS,
      maxFields: c.MAX_FIELDS,
      maxFieldsPerSelection: c.MAX_FIELDS_PER_SELECTION,
      maxFragmentSpreads: c.MAX_FRAGMENT_SPREADS,
      maxDirectives: c.MAX_DIRECTIVES,
      maxVariables: c.MAX_VARIABLES,
      maxStringLength: c.MAX_STRING_LENGTH,
      maxDocumentLength: c.MAX_DOCUMENT_LENGTH,
      maxPageSize: c.MAX_PAGE_SIZE,
      defaultPageSize: c.DEFAULT_PAGE_SIZE,
      maxTraversalDepth: c.MAX_TRAVERSAL_DEPTH,
      maxSubgraphNodes: c.MAX_SUBGRAPH_NODES,
      maxFanOut: c.MAX_FAN_OUT,
      maxPathHops: c.MAX_PATH_HOPS,
      defaultPathHops: c.DEFAULT_PATH_HOPS,
    },
    auth: {
      readAccess: c.READ_ACCESS,
      apiKeyCacheMs: c.API_KEY_CACHE_MS,
      jwt:
        c.JWT_JWKS_URL && c.JWT_ISSUER && c.JWT_AUDIENCE
          ? {
              jwksUrl: c.JWT_JWKS_URL,
              issuer: c.JWT_ISSUER,
              audience: c.JWT_AUDIENCE,
              scopesClaim: c.JWT_SCOPES_CLAIM,
              scopeMap: c.JWT_SCOPE_MAP ?? null,
            }
          : null,
    },
  };
}
