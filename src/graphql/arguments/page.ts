import { BadInputError, LimitExceededError } from '../../domain/errors';
import type { Limits } from '../../config/types';
import { decodeCursor, type CursorValue } from '../../graph';

/** The page size asked for (absent: `defaultPageSize`, see configured-defaults.ts), checked against the configured maximum. */
export function pageSize(first: number | null | undefined, limits: Limits, argument = 'first'): number {
  if (first === null || first === undefined) return limits.defaultPageSize;
  if (first < 0) throw new BadInputError(`Argument "${argument}" must be zero or more, got ${first}.`, { argument });
  if (first > limits.maxPageSize) {
    throw new LimitExceededError(
      'maxPageSize',
      limits.maxPageSize,
      `Argument "${argument}" = ${first} exceeds the limit maxPageSize = ${limits.maxPageSize}; page with "after".`,
    );
  }
  return first;
}

export function afterCursor(after: string | null | undefined, length = 2): CursorValue[] | null {
  return after === null || after === undefined ? null : decodeCursor(after, length);
}
