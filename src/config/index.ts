export { loadConfig, ConfigError } from './load';
export type { Config, Limits, Neo4jConfig } from './types';
