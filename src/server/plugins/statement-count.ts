import type { ApolloServerPlugin } from '@apollo/server';

import type { GraphQLContext } from '../../graphql/context';

/**
 * Reports in `extensions.newsgraph` how many Cypher statements the request ran
 * and how long it took: what an analyst needs to see why a query is slow, and
 * what the N+1 tests and the benchmark count.
 */
export function statementCountPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            newsgraph: {
              cypherStatements: contextValue.graph.statements,
              elapsedMs: Math.round(elapsedMs * 100) / 100,
            },
          };
        },
      };
    },
  };
}
