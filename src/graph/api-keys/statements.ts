import type { Params } from '../cypher/statement';

export interface Statement {
  cypher: string;
  params: Params;
}

/**
 * Keys live under their own label, `ApiKey`, never `Entity`, and have no
 * relationships: every read, search index, count and path of the graph
 * matches `:Entity`, so none of them can reach a key. The hash never leaves
 * the statements that verify (apiKeyForVerificationStatement).
 */
const KEY = `k { .id, .name, .scopes, .createdBy, .revokedBy,
  createdAt: toString(k.createdAt), revokedAt: toString(k.revokedAt), lastUsedAt: toString(k.lastUsedAt) }`;

export interface CreateApiKeyInput {
  id: string;
  hash: string;
  name: string;
  scopes: readonly string[];
  /** ISO 8601 instant from the server clock. */
  at: string;
  createdBy: string;
}

export function createApiKeyStatement(input: CreateApiKeyInput): Statement {
  return {
    cypher: `CREATE (k:ApiKey {id: $id, hash: $hash, name: $name, scopes: $scopes,
  createdAt: datetime($at), createdBy: $createdBy})
RETURN ${KEY} AS key`,
    params: { ...input, scopes: [...input.scopes] },
  };
}

export function apiKeyForVerificationStatement(id: string): Statement {
  return { cypher: `MATCH (k:ApiKey {id: $id})\nRETURN ${KEY} AS key, k.hash AS hash`, params: { id } };
}

export function listApiKeysStatement(includeRevoked: boolean): Statement {
  return {
    cypher: `MATCH (k:ApiKey)
WHERE $includeRevoked OR k.revokedAt IS NULL
RETURN ${KEY} AS key
ORDER BY k.createdAt, k.id`,
    params: { includeRevoked },
  };
}

/** Revoking twice keeps the first revocation's time and author. */
export function revokeApiKeyStatement(input: { id: string; at: string; revokedBy: string }): Statement {
  return {
    cypher: `MATCH (k:ApiKey {id: $id})
SET k.revokedAt = coalesce(k.revokedAt, datetime($at)), k.revokedBy = coalesce(k.revokedBy, $revokedBy)
RETURN ${KEY} AS key`,
    params: input,
  };
}

export function touchApiKeyStatement(input: { id: string; at: string }): Statement {
  return {
    cypher: `MATCH (k:ApiKey {id: $id})
WHERE k.revokedAt IS NULL
SET k.lastUsedAt = datetime($at)`,
    params: input,
  };
}
