import { sampleIds } from './sampling';
import type { BenchQuery, Row } from './types';

/**
 * A person, their affiliations (first 10 by date, with every source quote),
 * and for each organisation its first 5 members: an entity by id with nested
 * relationships two levels deep. Level 2 lands on the organisations people
 * join most, so it pages through hubs of thousands of relationships.
 * Order everywhere: earliest possible day (undated last), then id.
 */
export const entityTwoLevels: BenchQuery<{ id: string }> = {
  name: 'entity-2-levels',
  description: 'entity by id + 10 AFFILIATED_WITH (sources) + 5 members of each',
  shared: true,
  pagesBefore: 0,
  async sample(client, count, seed) {
    const ids = await sampleIds(client, 'Person', count, seed, 'EXISTS { (e)-[:AFFILIATED_WITH]->(:Entity) }');
    return ids.map((id) => ({ id }));
  },
  newsgraph: {
    query: `query EntityTwoLevels($id: ID!) {
  entity(id: $id) {
    id kind name aliases description
    relationships(filter: { types: [AFFILIATED_WITH], direction: OUTGOING }, first: 10) {
      totalCount
      edges {
        node {
          id type status confidence
          date { value precision } since { value precision } until { value precision }
          sources { documentId quote start end }
        }
        other {
          id kind name
          relationships(filter: { types: [AFFILIATED_WITH], direction: INCOMING }, first: 5) {
            totalCount
            edges { node { id type status confidence } other { id kind name } }
          }
        }
      }
    }
  }
}`,
    variables: (v) => v,
    fingerprint: (data: any) => {
      const e = data.entity;
      return {
        id: e.id,
        total: e.relationships.totalCount,
        level1: e.relationships.edges.map((edge: any) => edge.node.id),
        level2: e.relationships.edges.map((edge: any) => [
          edge.other.relationships.totalCount,
          edge.other.relationships.edges.map((x: any) => x.node.id),
        ]),
      };
    },
  },
  library: {
    query: `query EntityTwoLevels($id: ID!) {
  entities(where: { id: { eq: $id } }) {
    id kind name aliases description
    affiliatedWithOutConnection(first: 10, sort: [{ edge: { validFrom: ASC } }, { edge: { id: ASC } }]) {
      totalCount
      edges {
        properties {
          id status confidence date datePrecision since sincePrecision until untilPrecision
          sourceDocumentIds sourceQuotes sourceStarts sourceEnds
        }
        node {
          id kind name
          affiliatedWithInConnection(first: 5, sort: [{ edge: { validFrom: ASC } }, { edge: { id: ASC } }]) {
            totalCount
            edges { properties { id status confidence } node { id kind name } }
          }
        }
      }
    }
  }
}`,
    variables: (v) => v,
    fingerprint: (data: any) => {
      const e = data.entities[0];
      return {
        id: e.id,
        total: e.affiliatedWithOutConnection.totalCount,
        level1: e.affiliatedWithOutConnection.edges.map((edge: any) => edge.properties.id),
        level2: e.affiliatedWithOutConnection.edges.map((edge: any) => [
          edge.node.affiliatedWithInConnection.totalCount,
          edge.node.affiliatedWithInConnection.edges.map((x: any) => x.properties.id),
        ]),
      };
    },
  },
  raw: {
    cypher: `MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (e)-[r:AFFILIATED_WITH]->()
  RETURN count(r) AS total
}
CALL (e) {
  MATCH (e)-[r:AFFILIATED_WITH]->(o)
  WITH r, o ORDER BY r.validFrom, r.id LIMIT 10
  CALL (o) {
    MATCH (o)<-[r2:AFFILIATED_WITH]-()
    RETURN count(r2) AS total2
  }
  CALL (o) {
    MATCH (o)<-[r2:AFFILIATED_WITH]-(p)
    WITH r2, p ORDER BY r2.validFrom, r2.id LIMIT 5
    RETURN collect({ id: r2.id, status: r2.status, confidence: r2.confidence, other: p { .id, .kind, .name } }) AS page2
  }
  RETURN collect({
    id: r.id, status: r.status, confidence: r.confidence,
    date: r.date, datePrecision: r.datePrecision, since: r.since, sincePrecision: r.sincePrecision,
    until: r.until, untilPrecision: r.untilPrecision,
    sourceDocumentIds: r.sourceDocumentIds, sourceQuotes: r.sourceQuotes, sourceStarts: r.sourceStarts, sourceEnds: r.sourceEnds,
    other: o { .id, .kind, .name, total: total2, page: page2 }
  }) AS page
}
RETURN e { .id, .kind, .name, .aliases, .description } AS entity, total, page`,
    params: (v) => v,
    fingerprint: (rows: Row[]) => {
      const row = rows[0]!;
      return {
        id: row.entity.id,
        total: row.total,
        level1: row.page.map((r: Row) => r.id),
        level2: row.page.map((r: Row) => [r.other.total, r.other.page.map((x: Row) => x.id)]),
      };
    },
  },
};
