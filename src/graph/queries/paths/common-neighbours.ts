import type { Relationship } from '../../../domain/model';
import type { GraphClient } from '../../client';
import type { Statement } from '../../cypher/statement';
import type { RelationshipCriteria } from '../../criteria';
import { relationshipMatch } from '../../cypher/relationship-match';
import {
  ENTITY_PROJECTION,
  relationshipProjection,
  toEntity,
  toRelationship,
  type RelationshipRow,
  type SourcedEntity as Entity,
} from '../../mapping';
import { BIND_ENDPOINTS, missingIds } from './endpoints';

export interface CommonNeighbour {
  entity: Entity;
  /** Relationships between `a` and the neighbour that pass the criteria. */
  withA: Relationship[];
  withB: Relationship[];
}

export interface CommonNeighboursResult {
  missing: string[];
  /** Strongest first, at most `limit`. */
  neighbours: CommonNeighbour[];
  /** All common neighbours, before the limit. */
  total: number;
}

const strongest = (list: string) =>
  `reduce(m = 0.0, r IN ${list} | CASE WHEN r.confidence > m THEN r.confidence ELSE m END)`;

/**
 * The statement. The criteria apply on both sides, direction as seen from
 * each end: OUTGOING finds what both `a` and `b` point at.
 */
export interface CommonNeighboursInput {
  a: string;
  b: string;
  criteria: RelationshipCriteria;
  /** Most neighbours projected (all are counted). */
  limit: number;
}

export function commonNeighboursStatement({ a, b, criteria, limit }: CommonNeighboursInput): Statement {
  const sideA = relationshipMatch(criteria, { from: 'a', rel: 'ra', to: 'n:Entity' }, 'ca_');
  const sideB = relationshipMatch(criteria, { from: 'b', rel: 'rb', to: 'n' }, 'cb_');
  const cypher = `${BIND_ENDPOINTS}
CALL (a, b) {
  MATCH ${sideA.pattern} WHERE ${sideA.where} AND n <> a AND n <> b
  WITH n, collect(ra) AS withA
  MATCH ${sideB.pattern} WHERE ${sideB.where}
  WITH n, withA, collect(rb) AS withB
  WITH n, withA, withB, ${strongest('withA')} AS bestA, ${strongest('withB')} AS bestB
  ORDER BY CASE WHEN bestA < bestB THEN bestA ELSE bestB END DESC, size(withA) + size(withB) DESC, n.id
  RETURN collect({ n: n, withA: withA, withB: withB }) AS found
}
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, size(found) AS total,
  [f IN found[0..$limit] | {
    entity: [n IN [f.n] | n ${ENTITY_PROJECTION}][0],
    withA: [r IN f.withA | ${relationshipProjection('r')}],
    withB: [r IN f.withB | ${relationshipProjection('r')}]
  }] AS neighbours`;
  return { cypher, params: { ...sideA.params, ...sideB.params, from: a, to: b, limit } };
}

/**
 * Entities related to both `a` and `b`, with the relationships on each side,
 * ranked by the weaker side's most confident relationship, then by how many
 * relationships tie them. Node references are collected and only the first
 * `limit` are projected, so two hubs cost a count, not a large answer (a map
 * projection needs a variable, hence `[n IN [f.n] | n {…}][0]`).
 */
export async function commonNeighbours(
  client: GraphClient,
  input: CommonNeighboursInput,
): Promise<CommonNeighboursResult> {
  const { cypher, params } = commonNeighboursStatement(input);
  const rows = await client.read<{
    fromFound: boolean;
    toFound: boolean;
    total: number;
    neighbours: Array<{ entity: Record<string, unknown>; withA: RelationshipRow[]; withB: RelationshipRow[] }>;
  }>(cypher, params);
  const row = rows[0];
  return {
    missing: missingIds(row, input.a, input.b),
    total: row?.total ?? 0,
    neighbours: (row?.neighbours ?? []).map((n) => ({
      entity: toEntity(n.entity),
      withA: n.withA.map(toRelationship),
      withB: n.withB.map(toRelationship),
    })),
  };
}
