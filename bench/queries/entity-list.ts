import type { BenchQuery, Row } from './types';

const KINDS = ['Person', 'Organization', 'Event', 'Place', 'Group', 'Document', 'Government', 'Court'] as const;

/** A filtered, sorted list: the first 20 named entities of a kind by name, with the total across pages. */
export const entityList: BenchQuery<{ kind: string }> = {
  name: 'filtered-list',
  description: 'entities of a kind, named, by name: first 20 + totalCount',
  shared: true,
  pagesBefore: 0,
  async sample() {
    return KINDS.map((kind) => ({ kind }));
  },
  newsgraph: {
    query: `query EntityList($kind: EntityKind!) {
  entities(filter: { kinds: [$kind], named: true }, sort: { field: NAME, order: ASC }, first: 20) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id kind name aliases } }
  }
}`,
    variables: (v) => ({ kind: v.kind.toUpperCase() }),
    fingerprint: (data: any) => ({
      total: data.entities.totalCount,
      ids: data.entities.edges.map((e: any) => e.node.id),
    }),
  },
  library: {
    query: `query EntityList($kind: String!) {
  entitiesConnection(where: { kind: { eq: $kind }, named: { eq: true } }, sort: [{ name: ASC }, { id: ASC }], first: 20) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id kind name aliases } }
  }
}`,
    variables: (v) => v,
    fingerprint: (data: any) => ({
      total: data.entitiesConnection.totalCount,
      ids: data.entitiesConnection.edges.map((e: any) => e.node.id),
    }),
  },
  raw: {
    cypher: `CALL () {
  MATCH (e:Entity) WHERE e.kind = $kind AND e.named = true
  RETURN count(e) AS total
}
CALL () {
  MATCH (e:Entity) WHERE e.kind = $kind AND e.named = true
  WITH e ORDER BY e.name, e.id LIMIT 21
  RETURN collect(e { .id, .kind, .name, .aliases }) AS page
}
RETURN total, page[0..20] AS page, size(page) > 20 AS hasNextPage`,
    params: (v) => v,
    fingerprint: (rows: Row[]) => ({ total: rows[0]!.total, ids: rows[0]!.page.map((e: Row) => e.id) }),
  },
};
