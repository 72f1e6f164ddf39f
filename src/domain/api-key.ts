import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

import { BadInputError } from './errors';
import { SCOPES, type Actor, type Scope } from './viewer';

/**
 * An API key as newsgraph keeps it: everything but the secret. The secret is
 * shown once, at creation, and stored only as its SHA-256.
 */
export interface ApiKey {
  /** Public part of the token: lookups go by id, never by scanning hashes. */
  id: string;
  name: string;
  scopes: Scope[];
  /** ISO 8601 instants (UTC). */
  createdAt: string;
  /** `actorLabel` of who created it. */
  createdBy: string;
  revokedAt: string | null;
  revokedBy: string | null;
  lastUsedAt: string | null;
}

/** Recognisable in logs, config files and secret scanners, like GitHub's `ghp_`. */
export const API_KEY_PREFIX = 'ngk_';
const ID_BYTES = 8;
const SECRET_BYTES = 32;
// ngk_ + 16 hex + _ + 43 base64url characters (256 bits of secret).
const TOKEN_SHAPE = /^ngk_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

export interface NewApiKeySecret {
  id: string;
  /** The whole bearer token, `ngk_<id>_<secret>`: given to the caller once, never stored. */
  token: string;
  /** What is stored: hex SHA-256 of the token. */
  hash: string;
}

/**
 * SHA-256, not bcrypt or argon2: those slow a brute-force search through
 * guessable passwords; a 256-bit random secret has no guessable space, so a
 * slow hash would only cost CPU on every request (tens of ms each, an easy
 * way to exhaust a small server) without making a stolen hash any weaker.
 */
export function apiKeyHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function newApiKeySecret(): NewApiKeySecret {
  const id = randomBytes(ID_BYTES).toString('hex');
  const token = `${API_KEY_PREFIX}${id}_${randomBytes(SECRET_BYTES).toString('base64url')}`;
  return { id, token, hash: apiKeyHash(token) };
}

/** The key id of a well-formed token, or null: a malformed token never reaches the database. */
export function apiKeyIdOf(token: string): string | null {
  return TOKEN_SHAPE.exec(token)?.[1] ?? null;
}

/** Constant-time comparison of the token's hash with the stored one (both 32 bytes). */
export function apiKeyMatches(storedHash: string, token: string): boolean {
  const stored = Buffer.from(storedHash, 'hex');
  const given = Buffer.from(apiKeyHash(token), 'hex');
  return stored.length === given.length && timingSafeEqual(stored, given);
}

/** Who did something, as one string that stays unambiguous across actor types: `key:3f…`, `token:alice`. */
export function actorLabel(actor: Actor): string {
  return actor.type === 'system' ? actor.id : `${actor.type}:${actor.id}`;
}

export interface ApiKeyRequest {
  name: string;
  scopes: Scope[];
}

/** Checks a key request; the error names the input and what was expected. */
export function checkApiKeyRequest(name: string, scopes: readonly string[]): ApiKeyRequest {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > 100 || /\p{Cc}/u.test(trimmed)) {
    throw new BadInputError(
      `Key name must be 1 to 100 printable characters (say who uses it: "newsroom dashboard"); got ${JSON.stringify(name)}.`,
    );
  }
  const bad = scopes.filter((s) => !(SCOPES as readonly string[]).includes(s));
  if (scopes.length === 0 || bad.length > 0) {
    throw new BadInputError(
      `Key scopes must be one or more of ${SCOPES.join(', ')}; got ${scopes.length ? scopes.map((s) => JSON.stringify(s)).join(', ') : 'none'}.`,
    );
  }
  const wanted = new Set(scopes);
  return { name: trimmed, scopes: SCOPES.filter((s) => wanted.has(s)) };
}
