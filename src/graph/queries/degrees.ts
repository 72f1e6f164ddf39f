import type { GraphClient } from '../client';

/** Number of relationships at each entity id, in key order; 0 for an unknown id. */
export async function degrees(client: GraphClient, ids: readonly string[]): Promise<number[]> {
  const rows = await client.read<{ id: string; degree: number }>(
    `UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN id, COUNT { (e)-[r]-() WHERE r.retractedAt IS NULL } AS degree`,
    { ids: [...ids] },
  );
  const byId = new Map(rows.map((row) => [row.id, row.degree]));
  return ids.map((id) => byId.get(id) ?? 0);
}
