import type { GraphClient } from '../client';
import type { Statement } from '../cypher/statement';

export function degreesStatement(ids: readonly string[]): Statement {
  return {
    cypher: `UNWIND $ids AS id MATCH (e:Entity {id: id})
RETURN id, COUNT { (e)-[r]-() WHERE r.retractedAt IS NULL } AS degree`,
    params: { ids: [...ids] },
  };
}

/** Number of relationships at each entity id, in key order; 0 for an unknown id. */
export async function degrees(client: GraphClient, ids: readonly string[]): Promise<number[]> {
  const { cypher, params } = degreesStatement(ids);
  const rows = await client.read<{ id: string; degree: number }>(cypher, params);
  const byId = new Map(rows.map((row) => [row.id, row.degree]));
  return ids.map((id) => byId.get(id) ?? 0);
}
