export interface Limits {
  maxQueryDepth: number;
  maxQueryCost: number;
  maxAliases: number;
  maxTokens: number;
  /** Checked before validation, in one linear pass (src/server/limits/document-size.ts). */
  maxFields: number;
  maxFieldsPerSelection: number;
  maxFragmentSpreads: number;
  maxDirectives: number;
  maxVariables: number;
  maxStringLength: number;
  /** An article's text (addDocument, proposeFromText): see src/server/limits/article-texts.ts. */
  maxDocumentLength: number;
  maxPageSize: number;
  defaultPageSize: number;
  maxTraversalDepth: number;
  maxSubgraphNodes: number;
  maxFanOut: number;
  maxPathHops: number;
  defaultPathHops: number;
}

export interface Neo4jConfig {
  /** null: start the project's local Neo4j. */
  uri: string | null;
  user: string;
  password: string | null;
  database: string | null;
  txTimeoutMs: number;
  /** How long the driver keeps retrying a failed transaction before giving up. */
  retryMs: number;
}

export interface JwtConfig {
  jwksUrl: string;
  issuer: string;
  audience: string;
  /** The claim holding the caller's scopes: a space-separated string (OAuth `scope`) or a list. */
  scopesClaim: string;
  /** Claim value -> newsgraph scope; null: the values are newsgraph's scope names themselves. */
  scopeMap: Record<string, string> | null;
}

export interface AuthConfig {
  /** `open`: a request without a credential may read; `key`: reads need a credential with the `read` scope. */
  readAccess: 'open' | 'key';
  /** How long a verified API key is trusted from memory; a revocation made by another process waits this long. */
  apiKeyCacheMs: number;
  /** null: bearer JWTs are refused. */
  jwt: JwtConfig | null;
}

export interface Config {
  http: {
    host: string;
    port: number;
    corsOrigins: string[];
    introspection: boolean;
    /** `enforce`: only operations of operations/persisted-operations.json run. */
    persistedOperations: 'off' | 'enforce';
  };
  logLevel: string;
  neo4j: Neo4jConfig;
  localNeo4j: { dataDir: string; port: number; heap: string; pageCache: string };
  seeds: { dir: string; onStart: boolean };
  limits: Limits;
  auth: AuthConfig;
}
