import type { GraphClient } from '../../client';
import { BIND_ENDPOINTS, missingIds } from './endpoints';
import { cypherInteger, pathPattern } from './pattern';
import { comparePaths, pathProjection, toPath, type PathRow } from './path-rows';
import type { PathQueryResult, PathSearch } from './types';

/** Most candidate paths one statement asks Neo4j for. */
export const MAX_CANDIDATES = 200;

/**
 * `SHORTEST n` finds trails (no relationship twice), which may still pass an
 * entity twice; the parenthesised pattern's WHERE keeps only simple paths and,
 * unlike a WHERE after the pattern, is applied before the n are selected.
 * `y` is the list of entities the hops reach (every entity but `a`).
 */
export function kShortestPathsStatement(search: PathSearch, candidates: number) {
  const { pattern, params } = pathPattern(search);
  const n = cypherInteger(candidates, 'candidates', 1, MAX_CANDIDATES);
  const cypher = `${BIND_ENDPOINTS}
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, COLLECT {
  MATCH p = SHORTEST ${n} (${pattern}
    WHERE NOT a IN y AND all(i IN range(0, size(y) - 2) WHERE NOT y[i] IN y[i + 1..]))
  RETURN ${pathProjection('p')}
} AS paths`;
  return { cypher, params };
}

/**
 * The `candidates` shortest simple paths (Neo4j orders them by length only,
 * ties in no set order), ranked by length and evidence (see comparePaths).
 */
export async function kShortestPaths(
  client: GraphClient,
  from: string,
  to: string,
  search: PathSearch,
  candidates: number,
): Promise<PathQueryResult> {
  const { cypher, params } = kShortestPathsStatement(search, candidates);
  const rows = await client.read<{ fromFound: boolean; toFound: boolean; paths: PathRow[] }>(cypher, {
    ...params,
    from,
    to,
  });
  const row = rows[0];
  return { missing: missingIds(row, from, to), paths: (row?.paths ?? []).map(toPath).sort(comparePaths) };
}
