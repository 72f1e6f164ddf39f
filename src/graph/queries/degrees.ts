import type { GraphClient } from '../client';
import { relationshipCount } from '../cypher/relationship-match';
import type { Statement } from '../cypher/statement';

export function degreesStatement(ids: readonly string[]): Statement {
  const degree = relationshipCount('e');
  return {
    cypher: `UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN id, ${degree.expression} AS degree`,
    params: { ids: [...ids], ...degree.params },
  };
}

/** Number of relationships at each entity id, in key order; 0 for an unknown id. */
export async function degrees(client: GraphClient, ids: readonly string[]): Promise<number[]> {
  const { cypher, params } = degreesStatement(ids);
  const rows = await client.read<{ id: string; degree: number }>(cypher, params);
  const byId = new Map(rows.map((row) => [row.id, row.degree]));
  return ids.map((id) => byId.get(id) ?? 0);
}
