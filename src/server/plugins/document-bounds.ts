import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError } from 'graphql';

import { LimitExceededError } from '../../domain/errors';
import { isValidationAborted } from '../limits/document-bounds';

/**
 * Companion of documentBoundsRule: a refused document reaches the caller as the one
 * LIMIT_EXCEEDED error, without graphql's generic "Validation aborted." after it.
 * (Apollo hands this hook the very array it then sends.)
 */
export function documentBoundsPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async validationDidStart() {
          return async (reported) => {
            const errors = reported as GraphQLError[] | undefined;
            if (!errors?.some((e) => e.originalError instanceof LimitExceededError)) return;
            const aborted = errors.findIndex(isValidationAborted);
            if (aborted >= 0) errors.splice(aborted, 1);
          };
        },
      };
    },
  };
}
