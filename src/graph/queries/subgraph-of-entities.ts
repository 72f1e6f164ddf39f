import type { GraphClient } from '../client';
import { knownAtPredicate } from '../cypher/relationship-match';
import type { Statement } from '../cypher/statement';
import { ENTITY_PROJECTION, relationshipProjection, toEntity, toRelationship, type RelationshipRow } from '../mapping';
import type { Subgraph } from '../subgraph';

export interface EntitySubgraphInput {
  /** Distinct ids, already bounded by the caller. */
  ids: readonly string[];
  /** The graph as it stood at this instant (ISO 8601, UTC); null: now. */
  knownAt: string | null;
}

/**
 * The entities with these ids and the relationships among them, in one
 * statement: the versions known at `knownAt` (the current ones by default);
 * at `knownAt`, an entity recorded later is not yet known. Entities by the
 * unique id index; relationships from each found entity to another found one,
 * so each is met once, from its subject.
 */
export function entitySubgraphStatement({ ids, knownAt }: EntitySubgraphInput): Statement {
  const entityKnown = knownAt === null ? '' : ' AND coalesce(e.recordedAt <= $knownAt, true)';
  return {
    cypher: `MATCH (e:Entity) WHERE e.id IN $ids${entityKnown}
WITH collect(e) AS entities
CALL (entities) {
  UNWIND entities AS a
  MATCH (a)-[r]->(b:Entity) WHERE b IN entities AND ${knownAtPredicate('r', knownAt, 'knownAt')}
  WITH r ORDER BY r.id
  RETURN collect(${relationshipProjection('r')}) AS relationships
}
RETURN [e IN entities | e ${ENTITY_PROJECTION}] AS entities, relationships`,
    params: knownAt === null ? { ids: [...ids] } : { ids: [...ids], knownAt },
  };
}

/** The subgraph of `ids` in the order given; `notFound` lists the ids that are not (yet) entities. */
export async function entitySubgraph(client: GraphClient, input: EntitySubgraphInput): Promise<Subgraph> {
  const { cypher, params } = entitySubgraphStatement(input);
  const [row] = await client.read<{ entities: Array<Record<string, unknown>>; relationships: RelationshipRow[] }>(
    cypher,
    params,
  );
  const found = new Map((row?.entities ?? []).map((props) => [String(props.id), toEntity(props)]));
  const entities = input.ids.flatMap((id) => found.get(id) ?? []);
  return {
    entities,
    relationships: (row?.relationships ?? []).map(toRelationship),
    layers: [entities.map((e) => e.id)],
    truncatedBy: [],
    notFound: input.ids.filter((id) => !found.has(id)),
  };
}
