import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

import type { Limits } from '../../config/types';
import { measureOperation } from '../limits/measure-operation';

function refuse(limit: string, value: number, message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'LIMIT_EXCEEDED', limit, value, http: { status: 400 } },
  });
}

/**
 * Refuses an operation that is too deep, too costly or has too many aliases
 * before anything reaches Neo4j; the error names the limit and its value.
 * (Token count is enforced by the parser, see format-error.ts.)
 */
export function limitsPlugin<T extends object>(limits: Limits): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation) return;
          const measure = measureOperation(
            schema,
            document,
            operation,
            request.variables ?? {},
            limits.defaultPageSize,
          );
          if (measure.depth > limits.maxQueryDepth) {
            throw refuse(
              'maxQueryDepth',
              limits.maxQueryDepth,
              `Query depth ${measure.depth} exceeds the limit maxQueryDepth = ${limits.maxQueryDepth}.`,
            );
          }
          if (measure.aliases > limits.maxAliases) {
            throw refuse(
              'maxAliases',
              limits.maxAliases,
              `The query uses ${measure.aliases} aliases; the limit maxAliases = ${limits.maxAliases}.`,
            );
          }
          if (measure.cost > limits.maxQueryCost) {
            throw refuse(
              'maxQueryCost',
              limits.maxQueryCost,
              `Estimated query cost ${measure.cost} exceeds the limit maxQueryCost = ${limits.maxQueryCost} (list sizes multiply: lower "first"/"limit" or nest less).`,
            );
          }
        },
      };
    },
  };
}
