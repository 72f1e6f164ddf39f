import { BadInputError } from '../domain/errors';

export type CursorValue = string | number | null;

/**
 * Cursors carry the sort key and id of the last item seen, so a page after
 * them is a keyset seek: stable when entities are added or removed elsewhere,
 * never an offset.
 */
export function encodeCursor(values: readonly CursorValue[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, length: number, argument = 'after'): CursorValue[] {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch (error) {
    // Not JSON is not a cursor; anything else thrown here is a bug, not a bad argument.
    if (!(error instanceof SyntaxError)) throw error;
    values = undefined;
  }
  if (
    !Array.isArray(values) ||
    values.length !== length ||
    !values.every((v) => v === null || typeof v === 'string' || typeof v === 'number')
  ) {
    throw new BadInputError(
      `Argument "${argument}" is not a cursor from this connection: pass an edge's "cursor" or "pageInfo.endCursor" unchanged.`,
      { argument },
    );
  }
  return values as CursorValue[];
}
