import type { GraphClient } from '../../client';
import type { Statement } from '../../cypher/statement';
import { BIND_ENDPOINTS, missingIds } from './endpoints';
import { pathPattern } from './pattern';
import { comparePaths, pathProjection, toPath, type PathRow } from './path-rows';
import type { PathQueryResult, PathSearch } from './types';

export interface ShortestPathsInput {
  from: string;
  to: string;
  search: PathSearch;
  /** Most paths the search returns (it stops there). */
  limit: number;
}

export function allShortestPathsStatement({ from, to, search, limit }: ShortestPathsInput): Statement {
  const { pattern, params } = pathPattern(search);
  const cypher = `${BIND_ENDPOINTS}
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, COLLECT {
  MATCH p = ALL SHORTEST ${pattern}
  RETURN ${pathProjection('p')}
  LIMIT $limit
} AS paths`;
  return { cypher, params: { ...params, from, to, limit } };
}

/**
 * Paths of the shortest length, at most `limit` (the search stops there),
 * best supported first (see comparePaths). All shortest trails are simple
 * paths: a repeated entity could be cut out for a shorter one.
 */
export async function allShortestPaths(client: GraphClient, input: ShortestPathsInput): Promise<PathQueryResult> {
  const { cypher, params } = allShortestPathsStatement(input);
  const rows = await client.read<{ fromFound: boolean; toFound: boolean; paths: PathRow[] }>(cypher, params);
  const row = rows[0];
  return { missing: missingIds(row, input.from, input.to), paths: (row?.paths ?? []).map(toPath).sort(comparePaths) };
}
