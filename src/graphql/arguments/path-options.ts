import type { Limits } from '../../config/types';
import { BadInputError, LimitExceededError } from '../../domain/errors';
import type { PathSearch } from '../../graph';
import type { PathOptions } from '../generated/resolvers-types';
import { boundedInt } from './bounded-int';
import { orConfigured } from './configured-defaults';
import { toCriteria } from './relationship-filter';

/** A set for `connections` holds at least two entities and at most this many (45 pairs). */
export const MAX_CONNECTION_ENTITIES = 10;

/**
 * PathOptions as the graph layer's PathSearch, checked: hops within
 * `maxPathHops` (default `defaultPathHops`), hub cap within `maxFanOut`
 * (default `maxFanOut`), at most `maxPageSize` avoided entities. Above a
 * ceiling is LIMIT_EXCEEDED naming the limit.
 */
export function toPathSearch(options: PathOptions | null | undefined, limits: Limits): PathSearch {
  const maxHops = orConfigured(options?.maxHops, 'PathOptions.maxHops', limits);
  const maxDegree = orConfigured(options?.maxDegree, 'PathOptions.maxDegree', limits);
  boundedInt(maxHops, 'options.maxHops', 1, limits.maxPathHops, 'maxPathHops');
  boundedInt(maxDegree, 'options.maxDegree', 1, limits.maxFanOut, 'maxFanOut');
  const avoid = [...new Set(options?.avoid ?? [])];
  if (avoid.length > limits.maxPageSize) {
    throw new LimitExceededError(
      'maxPageSize',
      limits.maxPageSize,
      `Argument "options.avoid" lists ${avoid.length} entities, more than the limit maxPageSize = ${limits.maxPageSize}.`,
    );
  }
  return { criteria: toCriteria(options?.filter), maxHops, avoid, maxDegree };
}

/** The ids of a `connections` set, deduplicated: 2 to MAX_CONNECTION_ENTITIES. */
export function connectionIds(ids: readonly string[]): string[] {
  const unique = [...new Set(ids)];
  if (unique.length < 2) {
    throw new BadInputError(`Argument "ids" must name at least 2 distinct entities, got ${unique.length}.`, {
      argument: 'ids',
    });
  }
  if (unique.length > MAX_CONNECTION_ENTITIES) {
    throw new LimitExceededError(
      'maxConnectionEntities',
      MAX_CONNECTION_ENTITIES,
      `Argument "ids" names ${unique.length} entities, more than the limit maxConnectionEntities = ${MAX_CONNECTION_ENTITIES}.`,
    );
  }
  return unique;
}
