import type { GraphClient } from '../../client';
import type { Statement } from '../../cypher/statement';
import { BIND_ENDPOINTS, missingIds } from './endpoints';
import { cypherInteger, pathPattern } from './pattern';
import { comparePaths, pathProjection, toPath, type PathRow } from './path-rows';
import type { PathQueryResult, PathSearch } from './types';

/** Most walks one statement asks Neo4j for. */
export const MAX_CANDIDATES = 1000;

/**
 * `SHORTEST n` selects the n shortest walks that repeat no relationship; a
 * walk may still pass an entity twice (around a cycle). Such walks are only
 * counted, not returned: the simple-path test runs on the n selected walks.
 * Written as a predicate inside the pattern it would be applied before the
 * selection, exact but evaluated on whole paths, which makes Neo4j enumerate
 * every walk and (measured) overrun the transaction timeout by minutes
 * around a hub; here the search stays bounded by n.
 */
export interface KShortestPathsInput {
  from: string;
  to: string;
  search: PathSearch;
  /** Walks asked of Neo4j: written into `SHORTEST n` (it cannot be a parameter), 1..MAX_CANDIDATES. */
  candidates: number;
}

export function kShortestPathsStatement({ from, to, search, candidates }: KShortestPathsInput): Statement {
  const { pattern, params } = pathPattern(search);
  const n = cypherInteger(candidates, 'candidates', 1, MAX_CANDIDATES);
  const cypher = `${BIND_ENDPOINTS}
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, COLLECT {
  MATCH p = SHORTEST ${n} ${pattern}
  WITH p, nodes(p) AS ns
  RETURN {
    length: length(p),
    path: CASE WHEN all(i IN range(0, size(ns) - 2) WHERE NOT ns[i] IN ns[i + 1..]) THEN ${pathProjection('p')} END
  }
} AS walks`;
  return { cypher, params: { ...params, from, to } };
}

export interface KShortestResult extends PathQueryResult {
  /** Walks the search selected (at most the candidates asked for), simple or not. */
  walks: number;
  /** Length of the longest selected walk: every walk shorter than it was selected. Null when none. */
  longest: number | null;
}

/**
 * The simple paths among the `candidates` shortest walks, ranked by length
 * and evidence (see comparePaths). Neo4j orders walks by length only, ties
 * in no set order.
 */
export async function kShortestPaths(client: GraphClient, input: KShortestPathsInput): Promise<KShortestResult> {
  const { cypher, params } = kShortestPathsStatement(input);
  const rows = await client.read<{
    fromFound: boolean;
    toFound: boolean;
    walks: Array<{ length: number; path: PathRow | null }>;
  }>(cypher, params);
  const row = rows[0];
  const walks = row?.walks ?? [];
  return {
    missing: missingIds(row, input.from, input.to),
    paths: walks.flatMap((walk) => (walk.path ? [toPath(walk.path)] : [])).sort(comparePaths),
    walks: walks.length,
    longest: walks.length > 0 ? Math.max(...walks.map((walk) => walk.length)) : null,
  };
}
