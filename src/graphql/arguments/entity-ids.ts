import type { Limits } from '../../config/types';
import { BadInputError, LimitExceededError } from '../../domain/errors';

/** The ids of `subgraph(ids)`, deduplicated in the order given: at least one, at most `maxSubgraphNodes`. */
export function subgraphIds(ids: readonly string[], limits: Limits): string[] {
  const unique = [...new Set(ids)];
  if (unique.length === 0) {
    throw new BadInputError('Argument "ids" must name at least 1 entity, got none.', { argument: 'ids' });
  }
  if (unique.length > limits.maxSubgraphNodes) {
    throw new LimitExceededError(
      'maxSubgraphNodes',
      limits.maxSubgraphNodes,
      `Argument "ids" names ${unique.length} entities, more than the limit maxSubgraphNodes = ${limits.maxSubgraphNodes}.`,
    );
  }
  return unique;
}
