import type { IncomingMessage } from 'node:http';

import type { AuthConfig } from '../../config/types';
import { API_KEY_PREFIX } from '../../domain/api-key';
import { NewsgraphError, UnauthenticatedError } from '../../domain/errors';
import { anonymousViewer, type Scope, type Viewer } from '../../domain/viewer';
import { GraphClient, type ApiKeyStore, type Driver, type GraphClientOptions } from '../../graph';
import { HttpError } from '../http/read-body';
import { credentialHttpError } from './challenge';
import { JwtVerifier } from './jwt';

export interface ViewerResolverOptions {
  auth: AuthConfig;
  driver: Driver;
  clientOptions: GraphClientOptions;
  apiKeys: ApiKeyStore;
}

/** Turns an HTTP request into the Viewer its routes act for, or throws the HttpError to answer with. */
export type ViewerOfRequest = (req: IncomingMessage) => Promise<Viewer>;

const BEARER = /^Bearer +(\S+) *$/i;

const KEY_REFUSALS = {
  malformed: 'The bearer API key is malformed: newsgraph keys look like ngk_<16 hex digits>_<43 characters>.',
  unknown: 'The bearer API key is not valid: no key has that id and secret.',
} as const;

/**
 * One door for every HTTP route (/graphql today, an export route tomorrow).
 * No Authorization header: the anonymous reader. A header that is there but
 * wrong — malformed, unknown, revoked, expired, badly signed — is refused
 * with 401, never treated as anonymous, so a broken credential is noticed.
 * With READ_ACCESS=open every caller may read, whatever its credential's scopes.
 */
export function viewerResolver(options: ViewerResolverOptions): ViewerOfRequest {
  const openScopes: Scope[] = options.auth.readAccess === 'open' ? ['read'] : [];
  const jwt = options.auth.jwt ? new JwtVerifier(options.auth.jwt) : null;

  const keyViewer = async (token: string): Promise<Viewer> => {
    const check = await options.apiKeys.verify(new GraphClient(options.driver, options.clientOptions), token);
    if (check.ok)
      return { actor: { type: 'key', id: check.key.id, name: check.key.name }, scopes: new Set(check.key.scopes) };
    if (check.reason === 'revoked') throw new UnauthenticatedError('The bearer API key has been revoked.');
    throw new UnauthenticatedError(KEY_REFUSALS[check.reason]);
  };

  const credentialViewer = (token: string): Promise<Viewer> => {
    if (token.startsWith(API_KEY_PREFIX)) return keyViewer(token);
    if (jwt !== null) return jwt.verify(token);
    throw new UnauthenticatedError(
      `The bearer credential is not a newsgraph API key (${API_KEY_PREFIX}…), and this server accepts no JWTs (JWT_JWKS_URL is unset).`,
    );
  };

  return async (req) => {
    const header = req.headers.authorization;
    if (header === undefined) return anonymousViewer(openScopes);
    try {
      const token = BEARER.exec(header)?.[1];
      if (token === undefined) {
        throw new UnauthenticatedError('The Authorization header must be "Bearer <API key or JWT>".');
      }
      const viewer = await credentialViewer(token);
      return { actor: viewer.actor, scopes: new Set([...viewer.scopes, ...openScopes]) };
    } catch (error) {
      if (error instanceof UnauthenticatedError) throw credentialHttpError(error);
      // The database could not say whether the key is valid: that is the database's failure, not the caller's.
      if (error instanceof NewsgraphError) throw new HttpError(503, error.message, error.code);
      throw error;
    }
  };
}
