import { z } from 'zod';

const integer = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const csv = z.string().transform((s) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x.length > 0),
);
const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** Who may read and which JWTs are accepted (src/server/auth). */
const authSchema = {
  READ_ACCESS: z.enum(['open', 'key']).default('open'),
  API_KEY_CACHE_MS: integer(0, 300_000).default(30_000),
  JWT_JWKS_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL of a JWKS' }).optional(),
  JWT_ISSUER: z.string().min(1).optional(),
  JWT_AUDIENCE: z.string().min(1).optional(),
  JWT_SCOPES_CLAIM: z.string().min(1).default('scope'),
  JWT_SCOPE_MAP: z
    .string()
    .regex(
      /^\s*[^=,\s]+=(read|write|admin)\s*(,\s*[^=,\s]+=(read|write|admin)\s*)*$/,
      'must look like idp:read=read,idp:edit=write',
    )
    .transform((s) => Object.fromEntries(s.split(',').map((pair) => pair.trim().split('=') as [string, string])))
    .optional(),
};

/**
 * Every environment variable the server reads, with its default. A wrong value
 * stops start-up with a message that names the variable (see load.ts).
 */
export const configSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: integer(0, 65535).default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, 'must look like bolt://host:7687 or neo4j+s://host')
    .optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().min(1).optional(),
  NEO4J_DATA_DIR: z.string().min(1).default('.data/neo4j'),
  NEO4J_LOCAL_PORT: integer(0, 65535).default(0),
  NEO4J_HEAP: z
    .string()
    .regex(/^\d+[mg]$/, 'must be a size such as 1g or 512m')
    .default('1g'),
  NEO4J_PAGECACHE: z
    .string()
    .regex(/^\d+[mg]$/, 'must be a size such as 1g or 512m')
    .default('512m'),
  SEEDS_DIR: z.string().min(1).default('seeds'),
  SEED_ON_START: bool.default(true),
  CORS_ORIGINS: csv.default([]),
  TX_TIMEOUT_MS: integer(100, 600_000).default(5_000),
  DB_RETRY_MS: integer(0, 60_000).default(1_000),
  MAX_QUERY_DEPTH: integer(2, 50).default(12),
  MAX_QUERY_COST: integer(10, 10_000_000).default(50_000),
  MAX_ALIASES: integer(1, 1000).default(30),
  MAX_TOKENS: integer(50, 100_000).default(5_000),
  MAX_FIELDS: integer(10, 100_000).default(500),
  MAX_FIELDS_PER_SELECTION: integer(10, 100_000).default(100),
  MAX_FRAGMENT_SPREADS: integer(0, 10_000).default(50),
  MAX_DIRECTIVES: integer(0, 10_000).default(50),
  MAX_VARIABLES: integer(0, 10_000).default(50),
  MAX_STRING_LENGTH: integer(1, 1_000_000).default(10_000),
  MAX_DOCUMENT_LENGTH: integer(1, 1_000_000).default(500_000),
  MAX_PAGE_SIZE: integer(1, 1000).default(100),
  DEFAULT_PAGE_SIZE: integer(1, 1000).default(20),
  MAX_TRAVERSAL_DEPTH: integer(1, 10).default(4),
  MAX_SUBGRAPH_NODES: integer(10, 100_000).default(2_000),
  MAX_FAN_OUT: integer(1, 100_000).default(200),
  MAX_PATH_HOPS: integer(1, 15).default(8),
  DEFAULT_PATH_HOPS: integer(1, 15).default(6),
  INTROSPECTION: bool.default(true),
  PERSISTED_OPERATIONS: z.enum(['off', 'enforce']).default('off'),
  ...authSchema,
});

export type RawConfig = z.infer<typeof configSchema>;
