import type { RelationshipCriteria } from '../../criteria';
import type { ShortestPathsInput } from './all-shortest-paths';
import type { CommonNeighboursInput } from './common-neighbours';
import { MAX_CANDIDATES, type KShortestPathsInput } from './k-shortest-paths';
import type { PairwiseInput } from './pairwise-shortest-paths';
import type { PathSearch } from './types';

/**
 * k paths: Neo4j is asked for this many times k shortest walks (at least
 * MIN_CANDIDATES, at most MAX_CANDIDATES), ranked here: parallel
 * relationships make several walks of one route, and walks around a cycle
 * are not paths.
 */
export const CANDIDATES_PER_PATH = 20;
export const MIN_CANDIDATES = 50;

/** `all shortest`: rows asked of Neo4j per route returned (parallel relationships repeat a route). */
export const ROWS_PER_ROUTE = 10;

/** `path`: this many shortest paths are ranked by evidence and the best one returned. */
export const PATH_CANDIDATES = 25;

/** `all shortest`: the search stops after this many paths, whatever the limit. */
export const MAX_SHORTEST_ROWS = 1000;

/**
 * What each path field asks of its statement, pure so that the statement
 * tests build exactly what the API sends: `path` ranks PATH_CANDIDATES
 * shortest paths, `paths` asks for k x CANDIDATES_PER_PATH walks, `allShortestPaths`
 * ROWS_PER_ROUTE rows per route it may return.
 */
export const pathInput = (from: string, to: string, search: PathSearch): ShortestPathsInput => ({
  from,
  to,
  search,
  limit: PATH_CANDIDATES - 1,
});

export const kPathsInput = (from: string, to: string, search: PathSearch, k: number): KShortestPathsInput => ({
  from,
  to,
  search,
  candidates: Math.min(MAX_CANDIDATES, Math.max(MIN_CANDIDATES, k * CANDIDATES_PER_PATH)),
});

export const allShortestInput = (from: string, to: string, search: PathSearch, limit: number): ShortestPathsInput => ({
  from,
  to,
  search,
  limit: Math.min(MAX_SHORTEST_ROWS, Math.max(PATH_CANDIDATES, (limit + 1) * ROWS_PER_ROUTE)),
});

export const connectInput = (ids: readonly string[], search: PathSearch): PairwiseInput & { ids: string[] } => ({
  ids: [...new Set(ids)],
  search,
});

export const commonNeighboursInput = (
  a: string,
  b: string,
  criteria: RelationshipCriteria,
  limit: number,
): CommonNeighboursInput => ({ a, b, criteria, limit });
