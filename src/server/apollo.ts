import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';

import type { Limits } from '../config/types';
import type { GraphQLContext } from '../graphql/context';
import { resolvers } from '../graphql/resolvers';
import { formatError } from './format-error';
import type { Logger } from './logger';
import { documentBoundsRule } from './limits/document-bounds';
import { documentBoundsPlugin } from './plugins/document-bounds';
import { errorLogPlugin } from './plugins/error-log';
import { limitsPlugin } from './plugins/limits';
import { scopesPlugin } from './plugins/scopes';
import { statementCountPlugin } from './plugins/statement-count';
import { loadTypeDefs } from './type-defs';

export interface ApolloOptions {
  limits: Limits;
  logger: Logger;
  introspection: boolean;
}

/**
 * Apollo with the schema, the limits, error masking and the statement count.
 * CSRF prevention stays on (the default); the landing page is our own, served
 * by the HTTP layer, so Apollo's CDN-loaded one is off. Cache control is off:
 * the schema sets no cache hints, so it only cost a hook on every field
 * resolved (measured in docs/benchmarks.md); the HTTP layer marks answers
 * `no-store` itself.
 */
export function createApollo(options: ApolloOptions): ApolloServer<GraphQLContext> {
  return new ApolloServer<GraphQLContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    introspection: options.introspection,
    csrfPrevention: true,
    // main.ts owns SIGTERM/SIGINT and stops Apollo in order; two handlers racing to stop it hang.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: options.limits.maxTokens },
    // Before graphql's own rules do any per-selection work: see documentBoundsRule.
    validationRules: [documentBoundsRule(options.limits)],
    // No one reads a hundred validation errors; each costs a conflict search and formatting.
    validationOptions: { maxErrors: 20 },
    formatError,
    logger: {
      debug: (m: unknown) => options.logger.debug(m),
      info: (m: unknown) => options.logger.info(m),
      warn: (m: unknown) => options.logger.warn(m),
      error: (m: unknown) => options.logger.error(m),
    },
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      documentBoundsPlugin<GraphQLContext>(),
      scopesPlugin(),
      limitsPlugin<GraphQLContext>(options.limits),
      statementCountPlugin(),
      errorLogPlugin(options.logger),
    ],
  });
}
