import type { EntityKind } from '../../src/domain';
import {
  ANY_RELATIONSHIP,
  CANDIDATES_PER_PATH,
  MIN_CANDIDATES,
  PATH_CANDIDATES,
  type GraphClient,
  type PathSearch,
} from '../../src/graph';
import { allShortestPathsStatement } from '../../src/graph/queries/paths/all-shortest-paths';
import { MAX_CANDIDATES, kShortestPathsStatement } from '../../src/graph/queries/paths/k-shortest-paths';
import { sampleIds } from './sampling';
import type { BenchQuery, Row } from './types';

/** The server's defaults for a path search with no options (DEFAULT_PATH_HOPS 6, MAX_FAN_OUT 200). */
const DEFAULT_SEARCH: PathSearch = { criteria: ANY_RELATIONSHIP, maxHops: 6, avoid: [], maxDegree: 200 };
const K = 3;
const K_CANDIDATES = Math.min(MAX_CANDIDATES, Math.max(MIN_CANDIDATES, K * CANDIDATES_PER_PATH));

export interface Pair {
  from: string;
  to: string;
}

/** Pairs of entities drawn uniformly from four kinds (not hubs by construction: most entities are not). */
export async function samplePairs(client: GraphClient, count: number, seed: number): Promise<Pair[]> {
  const kinds: EntityKind[] = ['Person', 'Organization', 'Event', 'Place'];
  const ids: string[] = [];
  for (const [i, kind] of kinds.entries()) {
    ids.push(
      ...(await sampleIds(client, kind, Math.ceil((2 * count) / kinds.length), seed + 100 + i, 'EXISTS { (e)--() }')),
    );
  }
  const pairs: Pair[] = [];
  const half = Math.floor(ids.length / 2);
  for (let i = 0; i < half && pairs.length < count; i++) {
    const from = ids[i]!;
    const to = ids[ids.length - 1 - i]!;
    if (from !== to) pairs.push({ from, to });
  }
  return pairs;
}

const pathFields = `length minSources minConfidence
      nodes { id kind name }
      hops { direction relationship { id type } }`;

/** Shortest path: newsgraph's statement (ALL SHORTEST, best supported of 25) against the same statement sent raw. */
export const shortestPath: BenchQuery<Pair> = {
  name: 'shortest-path',
  description: 'best-supported shortest path (≤ 6 hops, hubs > 200 skipped)',
  shared: false,
  pagesBefore: 0,
  sample: samplePairs,
  newsgraph: {
    query: `query Path($from: ID!, $to: ID!) {
  path(from: $from, to: $to) {
    path {
      ${pathFields}
    }
    reason
  }
}`,
    variables: (v) => ({ ...v }),
    fingerprint: (data: any) => data.path.path?.length ?? null,
  },
  library: null,
  raw: {
    cypher: allShortestPathsStatement({ from: '', to: '', search: DEFAULT_SEARCH, limit: PATH_CANDIDATES - 1 }).cypher,
    params: (v) => allShortestPathsStatement({ ...v, search: DEFAULT_SEARCH, limit: PATH_CANDIDATES - 1 }).params,
    fingerprint: (rows: Row[]) => rows[0]!.paths[0]?.rels.length ?? null,
  },
};

/** k paths: newsgraph's statement (SHORTEST n walks, simple ones ranked) against the same statement sent raw. */
export const kPaths: BenchQuery<Pair> = {
  name: 'k-paths',
  description: `${K} best routes (≤ 6 hops, hubs > 200 skipped)`,
  shared: false,
  pagesBefore: 0,
  sample: samplePairs,
  newsgraph: {
    query: `query KPaths($from: ID!, $to: ID!) {
  paths(from: $from, to: $to, k: ${K}) {
    paths {
      ${pathFields}
    }
    reason
    truncated
  }
}`,
    variables: (v) => ({ ...v }),
    fingerprint: (data: any) => data.paths.paths[0]?.length ?? null,
  },
  library: null,
  raw: {
    cypher: kShortestPathsStatement({ from: '', to: '', search: DEFAULT_SEARCH, candidates: K_CANDIDATES }).cypher,
    params: (v) => kShortestPathsStatement({ ...v, search: DEFAULT_SEARCH, candidates: K_CANDIDATES }).params,
    fingerprint: (rows: Row[]) => {
      const lengths = (rows[0]!.walks as Row[]).filter((w) => w.path).map((w) => w.length as number);
      return lengths.length > 0 ? Math.min(...lengths) : null;
    },
  },
};
