import type { EntityKind } from '../../src/domain';
import { sampleIds } from './sampling';
import type { BenchQuery, Row } from './types';

const FAN_OUT = 10;

/** Strongest first, as newsgraph's expansion orders them: confidence, number of sources, id. */
const STRONGEST = 'ORDER BY r.confidence DESC, size(r.sourceStarts) DESC, r.id';

/**
 * The 2-hop neighbourhood of an entity, at most 10 relationships followed
 * per entity per hop (the strongest), drawn as nodes and edges. The cap of
 * nodes (200) is above what 1 + 10 + 100 can reach, so it never cuts and the
 * raw statement need not emulate it. newsgraph-only: the library has no
 * "any relationship type" field and no per-node limit across types.
 */
export const neighbourhood: BenchQuery<{ id: string }> = {
  name: 'neighbourhood-2',
  description: '2-hop neighbourhood, fan-out 10, nodes + edges',
  shared: false,
  pagesBefore: 0,
  async sample(client, count, seed) {
    const kinds: EntityKind[] = ['Person', 'Organization', 'Event', 'Place'];
    const ids: string[] = [];
    for (const [i, kind] of kinds.entries()) {
      ids.push(...(await sampleIds(client, kind, Math.ceil(count / kinds.length), seed + i, 'EXISTS { (e)--() }')));
    }
    return ids.slice(0, count).map((id) => ({ id }));
  },
  newsgraph: {
    query: `query Neighbourhood($id: ID!) {
  neighbourhood(id: $id, depth: 2, fanOut: ${FAN_OUT}, limit: 200) {
    nodes { id kind name }
    edges { id type fromId toId confidence }
    layers
    truncated
  }
}`,
    variables: (v) => v,
    fingerprint: (data: any) => ({
      nodes: data.neighbourhood.nodes.map((n: any) => n.id).sort(),
      edges: data.neighbourhood.edges.map((e: any) => e.id).sort(),
    }),
  },
  library: null,
  raw: {
    cypher: `MATCH (s:Entity {id: $id})
CALL (s) {
  MATCH (s)-[r]-(m)
  WITH r, m ${STRONGEST} LIMIT $fanOut
  RETURN collect(r) AS rels1, collect(DISTINCT m) AS hop1
}
CALL (s, hop1) {
  UNWIND hop1 AS n
  CALL (n) {
    MATCH (n)-[r]-(m)
    WITH r, m ${STRONGEST} LIMIT $fanOut
    RETURN r, m
  }
  RETURN collect(r) AS rels2, collect(DISTINCT m) AS reached
}
WITH s, hop1, [m IN reached WHERE m <> s AND NOT m IN hop1] AS hop2, rels1 + rels2 AS rels
UNWIND rels AS r
WITH s, hop1, hop2, collect(DISTINCT r) AS rels
RETURN [n IN [s] + hop1 + hop2 | n { .id, .kind, .name }] AS nodes,
  [r IN rels | { id: r.id, type: type(r), fromId: startNode(r).id, toId: endNode(r).id, confidence: r.confidence }] AS edges,
  [[s.id], [n IN hop1 | n.id], [n IN hop2 | n.id]] AS layers`,
    params: (v) => ({ id: v.id, fanOut: FAN_OUT }),
    fingerprint: (rows: Row[]) => ({
      nodes: rows[0]!.nodes.map((n: Row) => n.id).sort(),
      edges: rows[0]!.edges.map((e: Row) => e.id).sort(),
    }),
  },
};
