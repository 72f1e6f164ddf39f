import type { GraphClient } from '../client';
import type { Statement } from '../cypher/statement';

export function documentTextsStatement(ids: readonly string[]): Statement {
  return {
    cypher: 'UNWIND $ids AS id MATCH (d:Entity {id: id}) WHERE d:Document RETURN d.id AS id, d.text AS text',
    params: { ids: [...ids] },
  };
}

/** The stored text of each document id, in key order; null for a document with no stored text. */
export async function documentTexts(client: GraphClient, ids: readonly string[]): Promise<Array<string | null>> {
  const { cypher, params } = documentTextsStatement(ids);
  const rows = await client.read<{ id: string; text: string | null }>(cypher, params);
  const byId = new Map(rows.map((row) => [row.id, row.text]));
  return ids.map((id) => byId.get(id) ?? null);
}
