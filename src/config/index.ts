export { loadConfig, ConfigError } from './load';
export type { AuthConfig, Config, JwtConfig, Limits, Neo4jConfig } from './types';
