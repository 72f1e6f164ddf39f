import type { Limits } from '../../config/types';

/** `neighbourhood` returns at most this many entities unless `limit` asks for more (up to maxSubgraphNodes). */
const NEIGHBOURHOOD_ENTITIES = 500;

/**
 * Arguments whose default is the deployment's configuration, which the SDL
 * cannot hold as a constant: the SDL leaves them without one and names the
 * limit in its description. This is the one place their values come from, for
 * the resolvers and the cost limit alike, keyed by schema coordinate; any
 * other `first` without a default in the SDL is `defaultPageSize`. Keyed by
 * `Type.field.argument` or `Input.field`; undefined when there is none.
 */
export function configuredDefault(coordinate: string, limits: Limits): number | undefined {
  switch (coordinate) {
    case 'Query.neighbourhood.fanOut':
    case 'PathOptions.maxDegree':
      return limits.maxFanOut;
    case 'Query.neighbourhood.limit':
      return Math.min(NEIGHBOURHOOD_ENTITIES, limits.maxSubgraphNodes);
    case 'Query.allShortestPaths.limit':
      return limits.defaultPageSize;
    case 'PathOptions.maxHops':
      return Math.min(limits.defaultPathHops, limits.maxPathHops);
    default:
      return coordinate.endsWith('.first') ? limits.defaultPageSize : undefined;
  }
}

/** An argument's value, or its configured default when the query gave none. */
export function orConfigured(value: number | null | undefined, coordinate: string, limits: Limits): number {
  if (value !== null && value !== undefined) return value;
  const fallback = configuredDefault(coordinate, limits);
  if (fallback === undefined) throw new TypeError(`No configured default for ${coordinate}.`);
  return fallback;
}
