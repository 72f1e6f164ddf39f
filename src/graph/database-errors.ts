import { Neo4jError, isRetryableError } from 'neo4j-driver';

import { DatabaseUnavailableError, NewsgraphError, TimeoutError } from '../domain/errors';

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

/**
 * True for a failure of the database or of the way to it (after translation:
 * TIMEOUT, DATABASE_UNAVAILABLE, or a Neo4j error), false for a bug of ours.
 */
export function isDatabaseFailure(error: unknown): boolean {
  return error instanceof Neo4jError || error instanceof TimeoutError || error instanceof DatabaseUnavailableError;
}

/**
 * Turns what the driver throws into the errors the API reports by code. An
 * error it does not recognise is returned as is: the API masks it.
 */
export function translateDatabaseError(error: unknown, timeoutMs: number): unknown {
  if (error instanceof NewsgraphError) return error;
  if (!(error instanceof Neo4jError)) {
    if (error instanceof Error && /connect|ECONNREFUSED|socket|acquisition/i.test(error.message)) {
      return new DatabaseUnavailableError('the connection failed');
    }
    return error;
  }
  if (
    error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') ||
    error.code.includes('TransactionTimedOut')
  ) {
    return new TimeoutError(timeoutMs);
  }
  if (UNAVAILABLE_CODES.has(error.code) || /ECONNREFUSED|Pool is closed|acquisition/i.test(error.message)) {
    return new DatabaseUnavailableError('no connection could be made; try again shortly');
  }
  if (isRetryableError(error)) {
    return new DatabaseUnavailableError('a transient error persisted after retries; try again shortly');
  }
  return error;
}
