import type { EntityKind } from '../../domain/entity-kinds';
import type { SourcedEntity } from '../mapping';
import type { GraphClient } from '../client';
import type { Statement } from '../cypher/statement';
import { ENTITY_PROJECTION, toEntity } from '../mapping';

export interface MostConnectedInput {
  first: number;
  /** Null or empty: every kind. */
  kinds: readonly EntityKind[] | null;
}

export function mostConnectedStatement({ first, kinds }: MostConnectedInput): Statement {
  return {
    cypher: `MATCH (e:Entity) WHERE e.mergedInto IS NULL AND ($kinds IS NULL OR e.kind IN $kinds)
WITH e, COUNT { (e)-[r]-() WHERE r.retractedAt IS NULL } AS degree
ORDER BY degree DESC, e.id
LIMIT $first
RETURN e ${ENTITY_PROJECTION} AS entity, degree`,
    params: { first, kinds: kinds && kinds.length > 0 ? [...kinds] : null },
  };
}

/** The entities with the most relationships, most first (ties by id). */
export async function mostConnected(
  client: GraphClient,
  first: number,
  kinds: readonly EntityKind[] | null,
): Promise<Array<{ entity: SourcedEntity; degree: number }>> {
  const { cypher, params } = mostConnectedStatement({ first, kinds });
  const rows = await client.read<{ entity: Record<string, unknown>; degree: number }>(cypher, params);
  return rows.map((row) => ({ entity: toEntity(row.entity), degree: row.degree }));
}
