import {
  actorLabel,
  apiKeyIdOf,
  apiKeyMatches,
  newApiKeySecret,
  type Actor,
  type ApiKey,
  type ApiKeyRequest,
} from '../../domain';
import type { GraphClient } from '../client';
import { isDatabaseFailure } from '../database-errors';
import {
  apiKeyForVerificationStatement,
  createApiKeyStatement,
  listApiKeysStatement,
  revokeApiKeyStatement,
  touchApiKeyStatement,
} from './statements';

export interface ApiKeyStoreOptions {
  /** How long a looked-up key is trusted from memory (0: every request reads the database). */
  cacheMs: number;
  /** The clock (tests move it). */
  now?: () => number;
}

/** What verifying a bearer token found: the key when the secret matched, else why not. */
export type KeyCheck = { ok: true; key: ApiKey } | { ok: false; reason: 'malformed' | 'unknown' | 'revoked' };

interface Cached {
  key: ApiKey;
  hash: string;
  until: number;
}

const MAX_CACHED = 10_000;
const TOUCH_EVERY_MS = 60_000;

/**
 * API keys in Neo4j (`:ApiKey`), with a short in-process cache of lookups so
 * that a request does not cost a round trip per credential. Revoking through
 * this store drops the key from its cache at once; a revocation made by
 * another process (the CLI, another server) is seen within `cacheMs`.
 * One store per process; every method takes the caller's GraphClient so that
 * round trips count against the request that made them.
 */
export class ApiKeyStore {
  private readonly cache = new Map<string, Cached>();
  private readonly now: () => number;

  constructor(private readonly options: ApiKeyStoreOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Creates a key; the returned token is the only copy of its secret. */
  async create(client: GraphClient, request: ApiKeyRequest, by: Actor): Promise<{ key: ApiKey; token: string }> {
    const { id, token, hash } = newApiKeySecret();
    const { cypher, params } = createApiKeyStatement({
      id,
      hash,
      ...request,
      at: new Date(this.now()).toISOString(),
      createdBy: actorLabel(by),
    });
    const rows = await client.write<{ key: ApiKey }>(cypher, params);
    return { key: rows[0]!.key, token };
  }

  async list(client: GraphClient, includeRevoked: boolean): Promise<ApiKey[]> {
    const { cypher, params } = listApiKeysStatement(includeRevoked);
    return (await client.read<{ key: ApiKey }>(cypher, params)).map((row) => row.key);
  }

  /** Revokes a key (idempotent); null when there is no key with that id. */
  async revoke(client: GraphClient, id: string, by: Actor): Promise<ApiKey | null> {
    const { cypher, params } = revokeApiKeyStatement({
      id,
      at: new Date(this.now()).toISOString(),
      revokedBy: actorLabel(by),
    });
    this.cache.delete(id);
    const rows = await client.write<{ key: ApiKey }>(cypher, params);
    this.cache.delete(id);
    return rows[0]?.key ?? null;
  }

  /**
   * Checks a bearer token: its shape, then its hash against the stored one in
   * constant time. A wrong secret for an existing id is `unknown`, the same as
   * an id that does not exist; only the holder of the secret learns that the
   * key was revoked. Records `lastUsedAt` at most once a minute per key.
   */
  async verify(client: GraphClient, token: string): Promise<KeyCheck> {
    const id = apiKeyIdOf(token);
    if (id === null) return { ok: false, reason: 'malformed' };
    const now = this.now();
    let entry = this.cache.get(id);
    const fresh = entry !== undefined && entry.until > now;
    if (!fresh) {
      entry = await this.load(client, id, now);
      if (entry === undefined) return { ok: false, reason: 'unknown' };
    }
    if (!apiKeyMatches(entry!.hash, token)) return { ok: false, reason: 'unknown' };
    const key = entry!.key;
    if (key.revokedAt !== null) return { ok: false, reason: 'revoked' };
    if (!fresh && (key.lastUsedAt === null || Date.parse(key.lastUsedAt) < now - TOUCH_EVERY_MS)) {
      await this.touch(client, key, now);
    }
    return { ok: true, key };
  }

  private async load(client: GraphClient, id: string, now: number): Promise<Cached | undefined> {
    const { cypher, params } = apiKeyForVerificationStatement(id);
    const row = (await client.read<{ key: ApiKey; hash: string }>(cypher, params))[0];
    if (row === undefined) return undefined;
    const entry = { key: row.key, hash: row.hash, until: now + this.options.cacheMs };
    if (this.options.cacheMs > 0) {
      if (this.cache.size >= MAX_CACHED) this.cache.clear();
      this.cache.set(id, entry);
    }
    return entry;
  }

  /** Best effort: a failed bookkeeping write must not refuse the request it rode on. */
  private async touch(client: GraphClient, key: ApiKey, now: number): Promise<void> {
    const at = new Date(now).toISOString();
    const { cypher, params } = touchApiKeyStatement({ id: key.id, at });
    try {
      await client.write(cypher, params);
      key.lastUsedAt = at;
    } catch (error) {
      // The database refused or did not answer: lastUsedAt stays as it was and the next lookup tries again.
      if (!isDatabaseFailure(error)) throw error;
    }
  }
}
