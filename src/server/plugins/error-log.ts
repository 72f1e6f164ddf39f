import type { ApolloServerPlugin } from '@apollo/server';

import type { GraphQLContext } from '../../graphql/context';
import { isUnexpected } from '../format-error';
import type { Logger } from '../logger';

/** Logs each error the response will mask, with the request id, so it can be found from the response. */
export function errorLogPlugin(logger: Logger): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            if (!isUnexpected(error)) continue;
            logger.error(
              { requestId: contextValue.requestId, err: error.originalError ?? error, path: error.path },
              'unexpected error (masked in the response)',
            );
          }
        },
      };
    },
  };
}
