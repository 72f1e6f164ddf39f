import type { BenchQuery, Row } from './types';

/**
 * A paginated connection at a hub: the third page of 20 of the members of one
 * of the most joined organisations (thousands of AFFILIATED_WITH), by id,
 * with the total. Each target walks pages 1 and 2 with its own cursors first
 * (newsgraph: keyset; the library: offset; raw Cypher: keyset on the id).
 */
export const hubPage: BenchQuery<{ id: string }> = {
  name: 'hub-page-3',
  description: 'page 3 (after 40) of a hub’s AFFILIATED_WITH members by id, 20 + totalCount',
  shared: true,
  pagesBefore: 2,
  async sample(client, count) {
    const rows = await client.read<{ id: string }>(
      `MATCH (e:Entity) WHERE e.kind IN ['Organization', 'Group', 'Government']
       WITH e, COUNT { (e)<-[:AFFILIATED_WITH]-() } AS members
       ORDER BY members DESC, e.id LIMIT $count
       RETURN e.id AS id`,
      { count },
    );
    return rows.map(({ id }) => ({ id }));
  },
  newsgraph: {
    query: `query HubPage($id: ID!, $after: String) {
  entity(id: $id) {
    id name
    relationships(filter: { types: [AFFILIATED_WITH], direction: INCOMING }, sort: { field: ID, order: ASC }, first: 20, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node { id type status confidence date { value precision } since { value precision } }
        other { id kind name }
      }
    }
  }
}`,
    variables: (v, cursor) => ({ id: v.id, after: cursor }),
    cursor: (data: any) => data.entity.relationships.pageInfo.endCursor,
    fingerprint: (data: any) => ({
      total: data.entity.relationships.totalCount,
      ids: data.entity.relationships.edges.map((e: any) => e.node.id),
    }),
  },
  library: {
    query: `query HubPage($id: ID!, $after: String) {
  entities(where: { id: { eq: $id } }) {
    id name
    affiliatedWithInConnection(first: 20, after: $after, sort: [{ edge: { id: ASC } }]) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        properties { id status confidence date datePrecision since sincePrecision }
        node { id kind name }
      }
    }
  }
}`,
    variables: (v, cursor) => ({ id: v.id, after: cursor }),
    cursor: (data: any) => data.entities[0].affiliatedWithInConnection.pageInfo.endCursor,
    fingerprint: (data: any) => ({
      total: data.entities[0].affiliatedWithInConnection.totalCount,
      ids: data.entities[0].affiliatedWithInConnection.edges.map((e: any) => e.properties.id),
    }),
  },
  raw: {
    cypher: `MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (e)<-[r:AFFILIATED_WITH]-()
  RETURN count(r) AS total
}
CALL (e) {
  MATCH (e)<-[r:AFFILIATED_WITH]-(o)
  WHERE $after IS NULL OR r.id > $after
  WITH r, o ORDER BY r.id LIMIT 21
  RETURN collect({
    id: r.id, status: r.status, confidence: r.confidence, date: r.date, datePrecision: r.datePrecision,
    since: r.since, sincePrecision: r.sincePrecision, other: o { .id, .kind, .name }
  }) AS page
}
RETURN e { .id, .name } AS entity, total, page[0..20] AS page, size(page) > 20 AS hasNextPage`,
    params: (v, cursor) => ({ id: v.id, after: cursor }),
    cursor: (rows: Row[]) => rows[0]!.page.at(-1)?.id ?? null,
    fingerprint: (rows: Row[]) => ({ total: rows[0]!.total, ids: rows[0]!.page.map((r: Row) => r.id) }),
  },
};
