import type { GraphClient } from '../../client';
import type { Statement } from '../../cypher/statement';
import { ENTITY_PROJECTION, toEntity, type SourcedEntity as Entity } from '../../mapping';
import { pathPattern } from './pattern';
import { comparePaths, pathProjection, toPath, type PathRow } from './path-rows';
import type { Path, PathSearch } from './types';

export interface PairwisePaths {
  /** Requested ids with no entity. */
  missing: string[];
  /** The requested entities that exist, in request order. */
  entities: Entity[];
  /** One entry per pair i < j of `entities`; `path` null when none within the search's rules. */
  pairs: Array<{ from: string; to: string; path: Path | null }>;
}

/** Shortest paths per pair ranked by evidence; the best one links the pair. */
export const PAIR_CANDIDATES = 8;

export interface PairwiseInput {
  ids: readonly string[];
  search: PathSearch;
}

export function pairwiseShortestPathsStatement({ ids, search }: PairwiseInput): Statement {
  const { pattern, params } = pathPattern(search);
  const cypher = `UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
WITH collect(CASE WHEN e IS NULL THEN id END) AS missing, collect(e) AS entities
CALL (missing, entities) {
  WITH entities, missing WHERE size(missing) = 0
  UNWIND range(0, size(entities) - 2) AS i
  UNWIND range(i + 1, size(entities) - 1) AS j
  WITH entities[i] AS a, entities[j] AS b
  RETURN collect({ from: a.id, to: b.id, paths: COLLECT {
    MATCH p = ALL SHORTEST ${pattern}
    RETURN ${pathProjection('p')}
    LIMIT ${PAIR_CANDIDATES}
  } }) AS pairs
}
RETURN missing, [e IN entities | e ${ENTITY_PROJECTION}] AS entities, pairs`;
  return { cypher, params: { ...params, ids: [...ids] } };
}

/**
 * The best supported shortest path for every pair of the given entities, in
 * ONE statement (an `ALL SHORTEST` search per pair, at most 45 for 10
 * entities). When an id is unknown nothing is searched and `missing` names it.
 */
export async function pairwiseShortestPaths(client: GraphClient, input: PairwiseInput): Promise<PairwisePaths> {
  const { cypher, params } = pairwiseShortestPathsStatement(input);
  const rows = await client.read<{
    missing: string[];
    entities: Array<Record<string, unknown>>;
    pairs: Array<{ from: string; to: string; paths: PathRow[] }>;
  }>(cypher, params);
  const row = rows[0];
  return {
    missing: row?.missing ?? [...input.ids],
    entities: (row?.entities ?? []).map(toEntity),
    pairs: (row?.pairs ?? []).map((pair) => ({
      from: pair.from,
      to: pair.to,
      path: pair.paths.map(toPath).sort(comparePaths)[0] ?? null,
    })),
  };
}
