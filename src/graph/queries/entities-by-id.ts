import type { SourcedEntity } from '../mapping';
import type { GraphClient } from '../client';
import { ENTITY_PROJECTION, toEntity } from '../mapping';

/**
 * Entities for the given ids, in key order, null where no entity has the id
 * (the DataLoader contract: same length, same order).
 */
export async function entitiesById(client: GraphClient, ids: readonly string[]): Promise<Array<SourcedEntity | null>> {
  const rows = await client.read<{ entity: Record<string, unknown> }>(
    `UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e ${ENTITY_PROJECTION} AS entity`,
    { ids: [...ids] },
  );
  const byId = new Map(rows.map((row) => [String(row.entity.id), toEntity(row.entity)]));
  return ids.map((id) => byId.get(id) ?? null);
}
