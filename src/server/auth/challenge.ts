import { GraphQLError } from 'graphql';

import type { NewsgraphError } from '../../domain/errors';
import { HttpError } from '../http/read-body';

const REALM = 'realm="newsgraph"';

/**
 * The RFC 6750 challenge for a refusal: no credential gets a bare challenge,
 * a bad one `invalid_token`, a too-small one `insufficient_scope` with the
 * scope it needs. The description is fixed text: it never echoes the token.
 */
export function bearerChallenge(error: NewsgraphError, presented: boolean): { status: 401 | 403; header: string } {
  if (error.code === 'FORBIDDEN') {
    const scope = typeof error.details['required'] === 'string' ? ` scope="${error.details['required']}",` : '';
    return { status: 403, header: `Bearer ${REALM},${scope} error="insufficient_scope"` };
  }
  return {
    status: 401,
    header: presented ? `Bearer ${REALM}, error="invalid_token"` : `Bearer ${REALM}`,
  };
}

/** An authentication failure before Apollo (the credential itself): answered by the HTTP layer. */
export function credentialHttpError(error: NewsgraphError): HttpError {
  const { status, header } = bearerChallenge(error, true);
  return new HttpError(status, error.message, error.code, { 'www-authenticate': header });
}

/**
 * A scope refusal found while planning the operation: a request error, so no
 * field runs; Apollo takes the status and challenge from `extensions.http`.
 */
export function scopeGraphQLError(error: NewsgraphError): GraphQLError {
  const { status, header } = bearerChallenge(error, false);
  return new GraphQLError(error.message, {
    originalError: error,
    extensions: {
      code: error.code,
      ...error.details,
      http: { status, headers: new Map([['www-authenticate', header]]) },
    },
  });
}
