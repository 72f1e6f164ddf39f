import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';

import { NewsgraphError } from '../domain/errors';

/** Codes whose messages are written for the caller and safe to return as they are. */
const SAFE_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'LIMIT_EXCEEDED',
  'NOT_FOUND',
  'TIMEOUT',
  'DATABASE_UNAVAILABLE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CONFLICT',
]);

// graphql 16 says "more that", 17 "more than".
const TOO_MANY_TOKENS = /Document contains more tha[nt] (\d+) tokens/;

export const MASKED_MESSAGE =
  'Internal server error. The request id in the x-request-id header identifies it in the logs.';

/**
 * The error behind a GraphQL error: a resolver's (unwrapResolverError), or the one a
 * validation rule reported (documentBoundsRule reports its LimitExceededError that way).
 */
function originalOf(error: unknown): unknown {
  const original = unwrapResolverError(error);
  if (original instanceof GraphQLError && original.originalError instanceof NewsgraphError)
    return original.originalError;
  return original;
}

/** True when an error would be masked: its details belong in the log, not the response. */
export function isUnexpected(error: unknown): boolean {
  const original = originalOf(error);
  if (original instanceof NewsgraphError) return false;
  const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
  return typeof code !== 'string' || !SAFE_CODES.has(code);
}

/**
 * Every error leaves as message + stable `extensions.code`; anything not
 * recognised is masked (it is logged with the request id by the error-log
 * plugin). Never a stack trace.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = originalOf(error);
  const base = { locations: formatted.locations, path: formatted.path };
  if (original instanceof NewsgraphError) {
    return { ...base, message: original.message, extensions: { code: original.code, ...original.details } };
  }
  const code = formatted.extensions?.code;
  const tokens = TOO_MANY_TOKENS.exec(formatted.message);
  if (code === 'GRAPHQL_PARSE_FAILED' && tokens) {
    const limit = Number(tokens[1]);
    return {
      message: `The query has more than ${limit} tokens; the limit maxTokens = ${limit}.`,
      extensions: { code: 'LIMIT_EXCEEDED', limit: 'maxTokens', value: limit },
    };
  }
  if (typeof code === 'string' && SAFE_CODES.has(code)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return { ...base, message: MASKED_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
