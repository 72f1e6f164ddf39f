import { HttpError } from '../http/read-body';
import { operationHash, type PersistedOperation } from './manifest';

export type PersistedMode = 'off' | 'enforce';

/** What reaches Apollo: the query string of a GET, or the parsed body of a POST. */
export interface GraphQLHttpParts {
  method: string;
  search: string;
  body: unknown;
}

interface OperationRequest {
  query?: unknown;
  /** `persistedQuery.sha256Hash` is read from here (see hashOf). */
  extensions?: unknown;
  [key: string]: unknown;
}

export const NOT_ALLOWED = 'PERSISTED_QUERY_NOT_ALLOWED';

function refuse(hash: string, sentText: boolean): never {
  throw new HttpError(
    403,
    `This server runs only vetted operations (PERSISTED_OPERATIONS=enforce), and ${
      sentText ? 'the sha256 of this document' : 'the sha256Hash sent'
    }, ${hash}, is not in operations/persisted-operations.json. Send the exact text of a vetted operation, or its ` +
      `extensions.persistedQuery.sha256Hash; to vet a new one, add it to operations/*.graphql and run npm run persisted:build.`,
    NOT_ALLOWED,
  );
}

/**
 * Runs in the HTTP layer before Apollo, so a refusal is a plain 403 with a
 * stable code and no GraphQL work is done. A request naming a manifest
 * operation by hash alone (Apollo APQ style) gets the operation's text filled
 * in, in either mode; with `enforce`, anything whose hash is not in the
 * manifest is refused, whether it came as text or as a hash.
 */
export class PersistedOperations {
  constructor(
    private readonly byHash: ReadonlyMap<string, PersistedOperation>,
    readonly mode: PersistedMode,
  ) {}

  get size(): number {
    return this.byHash.size;
  }

  prepare(parts: GraphQLHttpParts): GraphQLHttpParts {
    if (parts.method === 'GET') return { ...parts, search: this.prepareSearch(parts.search) };
    if (parts.method !== 'POST') return parts;
    if (Array.isArray(parts.body)) return { ...parts, body: parts.body.map((op: unknown) => this.prepareOne(op)) };
    return { ...parts, body: this.prepareOne(parts.body) };
  }

  private prepareSearch(search: string): string {
    const params = new URLSearchParams(search);
    let extensions: unknown;
    try {
      extensions = params.has('extensions') ? JSON.parse(params.get('extensions')!) : undefined;
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
      extensions = undefined; // Apollo answers malformed extensions itself.
    }
    const prepared = this.prepareOne({ query: params.get('query') ?? undefined, extensions });
    if (typeof prepared.query === 'string') params.set('query', prepared.query);
    const text = params.toString();
    return text.length > 0 ? `?${text}` : '';
  }

  private prepareOne(value: unknown): OperationRequest {
    if (typeof value !== 'object' || value === null) {
      if (this.mode === 'enforce') refuse('(none: the request holds no operation)', false);
      return value as OperationRequest;
    }
    const request = value as OperationRequest;
    const sentHash = hashOf(request.extensions);
    if (typeof request.query === 'string' && request.query.length > 0) {
      const hash = operationHash(request.query);
      if (this.mode === 'enforce' && !this.byHash.has(hash)) refuse(hash, true);
      return request;
    }
    if (sentHash !== null) {
      const known = this.byHash.get(sentHash);
      if (known !== undefined) return { ...request, query: known.body };
      if (this.mode === 'enforce') refuse(sentHash, false);
    }
    return request;
  }
}

function hashOf(extensions: unknown): string | null {
  if (typeof extensions !== 'object' || extensions === null) return null;
  const persisted = (extensions as { persistedQuery?: unknown }).persistedQuery;
  if (typeof persisted !== 'object' || persisted === null) return null;
  const hash = (persisted as { sha256Hash?: unknown }).sha256Hash;
  return typeof hash === 'string' ? hash : null;
}
