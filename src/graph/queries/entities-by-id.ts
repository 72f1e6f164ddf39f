import type { GraphClient } from '../client';
import type { Statement } from '../cypher/statement';
import { ENTITY_PROJECTION, toEntity, type SourcedEntity } from '../mapping';

export function entitiesByIdStatement(ids: readonly string[]): Statement {
  return {
    cypher: `UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e ${ENTITY_PROJECTION} AS entity`,
    params: { ids: [...ids] },
  };
}

/**
 * Entities for the given ids, in key order, null where no entity has the id
 * (the DataLoader contract: same length, same order).
 */
export async function entitiesById(client: GraphClient, ids: readonly string[]): Promise<Array<SourcedEntity | null>> {
  const { cypher, params } = entitiesByIdStatement(ids);
  const rows = await client.read<{ entity: Record<string, unknown> }>(cypher, params);
  const byId = new Map(rows.map((row) => [String(row.entity.id), toEntity(row.entity)]));
  return ids.map((id) => byId.get(id) ?? null);
}
