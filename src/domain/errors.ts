/**
 * Errors with a stable code that every layer may throw and the API reports as
 * `extensions.code`. The message is safe to show to the caller: it names what
 * was wrong and, for limits, the limit and its value.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'LIMIT_EXCEEDED'
  | 'TIMEOUT'
  | 'DATABASE_UNAVAILABLE'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CONFLICT';

export class NewsgraphError extends Error {
  readonly code: ErrorCode;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = new.target.name;
    this.code = code;
    this.details = details;
  }
}

export class BadInputError extends NewsgraphError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('BAD_USER_INPUT', message, details);
  }
}

export class NotFoundError extends NewsgraphError {
  constructor(what: string, id: string) {
    super('NOT_FOUND', `No ${what} with id "${id}".`, { what, id });
  }
}

export class LimitExceededError extends NewsgraphError {
  constructor(limit: string, value: number, message: string) {
    super('LIMIT_EXCEEDED', message, { limit, value });
  }
}

export class TimeoutError extends NewsgraphError {
  constructor(timeoutMs: number) {
    super(
      'TIMEOUT',
      `The query took longer than the transaction timeout of ${timeoutMs} ms and was stopped; narrow it (fewer hops, types or a smaller limit).`,
      { limit: 'transactionTimeoutMs', value: timeoutMs },
    );
  }
}

/**
 * The client stopped waiting: no answer came within the transaction timeout plus a grace. The
 * query may be too wide (Neo4j's own TIMEOUT was late to arrive on a loaded server) or the
 * database may hang; both are TIMEOUT to the caller, with a message that says which to suspect.
 */
export class DeadlineExceededError extends NewsgraphError {
  constructor(timeoutMs: number, waitedMs: number) {
    super(
      'TIMEOUT',
      `The database did not answer within the transaction timeout of ${timeoutMs} ms (waited ${waitedMs} ms): it is overloaded or not answering, or the query is too wide; try again shortly, or narrow it.`,
      { limit: 'transactionTimeoutMs', value: timeoutMs },
    );
  }
}

export class DatabaseUnavailableError extends NewsgraphError {
  constructor(reason: string) {
    super('DATABASE_UNAVAILABLE', `The graph database is unavailable: ${reason}`);
  }
}

/** No credential, or one that is unknown, revoked, expired or malformed. */
export class UnauthenticatedError extends NewsgraphError {
  constructor(message: string) {
    super('UNAUTHENTICATED', message);
  }
}

/** A valid credential whose scopes do not cover the operation. */
export class ForbiddenError extends NewsgraphError {
  constructor(required: string, held: readonly string[]) {
    super(
      'FORBIDDEN',
      `This needs the "${required}" scope; the credential has ${held.length ? held.map((s) => `"${s}"`).join(', ') : 'none'}.`,
      { required, held: [...held] },
    );
  }
}

/** An update that named a version which is no longer the current one (optimistic concurrency). */
export class ConflictError extends NewsgraphError {
  constructor(what: string, id: string, expectedVersion: number, currentVersion: number) {
    super(
      'CONFLICT',
      `The ${what} "${id}" is at version ${currentVersion}, not ${expectedVersion}: read it again and reapply the change.`,
      { what, id, expectedVersion, currentVersion },
    );
  }
}
