import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';

import type { JwtConfig } from '../../config/types';
import { UnauthenticatedError } from '../../domain/errors';
import { SCOPES, type Scope, type Viewer } from '../../domain/viewer';
import { HttpError } from '../http/read-body';

/** Signatures by the identity provider's private keys only: no `none`, no shared-secret HMAC. */
const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

/** Why a token was refused, in words for the caller (never the token itself). */
function refusal(error: unknown): Error {
  if (error instanceof errors.JWTExpired) return new UnauthenticatedError('The bearer JWT has expired.');
  if (error instanceof errors.JWTClaimValidationFailed) {
    return new UnauthenticatedError(`The bearer JWT was refused: ${error.message}.`);
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return new UnauthenticatedError('The bearer JWT was refused: its signature does not verify.');
  }
  if (error instanceof errors.JWKSNoMatchingKey) {
    return new UnauthenticatedError("The bearer JWT was refused: no key of the identity provider's JWKS matches it.");
  }
  if (
    error instanceof errors.JWTInvalid ||
    error instanceof errors.JWSInvalid ||
    error instanceof errors.JOSEAlgNotAllowed ||
    error instanceof errors.JOSENotSupported
  ) {
    return new UnauthenticatedError(`The bearer credential is not an acceptable JWT: ${error.message}.`);
  }
  // The key set could not be fetched: nothing is wrong with the token, so say so rather than 401.
  return new HttpError(
    503,
    "The bearer JWT could not be checked: the identity provider's key set did not answer; try again shortly.",
    'AUTH_UNAVAILABLE',
  );
}

/**
 * Verifies bearer JWTs against the identity provider's JWKS (fetched on first
 * use and when an unknown `kid` appears, cached by jose), its issuer and
 * audience; `exp` and `sub` are required. The scopes come from one claim —
 * a space-separated string (OAuth `scope`) or a list (`permissions`, `roles`) —
 * mapped to newsgraph's scopes; values it does not know are ignored.
 */
export class JwtVerifier {
  private readonly keySet: ReturnType<typeof createRemoteJWKSet>;

  constructor(private readonly config: JwtConfig) {
    this.keySet = createRemoteJWKSet(new URL(config.jwksUrl), { timeoutDuration: 3_000, cooldownDuration: 30_000 });
  }

  async verify(token: string): Promise<Viewer> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.keySet, {
        issuer: this.config.issuer,
        audience: this.config.audience,
        algorithms: ALGORITHMS,
        requiredClaims: ['exp', 'sub'],
        clockTolerance: 30,
      }));
    } catch (error) {
      throw refusal(error);
    }
    const subject = payload.sub!;
    const name = typeof payload['name'] === 'string' ? payload['name'] : subject;
    return { actor: { type: 'token', id: subject, name }, scopes: new Set(this.scopesOf(payload)) };
  }

  private scopesOf(payload: JWTPayload): Scope[] {
    const claim = payload[this.config.scopesClaim];
    const values = typeof claim === 'string' ? claim.split(/\s+/) : Array.isArray(claim) ? claim : [];
    const map = this.config.scopeMap;
    const mapped = values.filter((v): v is string => typeof v === 'string').map((v) => (map ? map[v] : v));
    return SCOPES.filter((scope) => mapped.includes(scope));
  }
}
