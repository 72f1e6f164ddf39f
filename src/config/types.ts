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
}
