import type { EntityKind } from '../../domain/entity-kinds';
import type { GraphClient } from '../client';
import { relationshipCount } from '../cypher/relationship-match';
import type { Statement } from '../cypher/statement';
import { ENTITY_PROJECTION, toEntity, type SourcedEntity } from '../mapping';

export function mostConnectedStatement(first: number, kinds: readonly EntityKind[] | null): Statement {
  const degree = relationshipCount('e');
  return {
    cypher: `MATCH (e:Entity) WHERE $kinds IS NULL OR e.kind IN $kinds
WITH e, ${degree.expression} AS degree
ORDER BY degree DESC, e.id
LIMIT $first
RETURN e ${ENTITY_PROJECTION} AS entity, degree`,
    params: { first, kinds: kinds && kinds.length > 0 ? [...kinds] : null, ...degree.params },
  };
}

/** The entities with the most relationships, most first (ties by id). */
export async function mostConnected(
  client: GraphClient,
  first: number,
  kinds: readonly EntityKind[] | null,
): Promise<Array<{ entity: SourcedEntity; degree: number }>> {
  const { cypher, params } = mostConnectedStatement(first, kinds);
  const rows = await client.read<{ entity: Record<string, unknown>; degree: number }>(cypher, params);
  return rows.map((row) => ({ entity: toEntity(row.entity), degree: row.degree }));
}
