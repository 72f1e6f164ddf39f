import type { GraphClient } from '../client';

/** The stored text of each document id, in key order; null for a document with no stored text. */
export async function documentTexts(client: GraphClient, ids: readonly string[]): Promise<Array<string | null>> {
  const rows = await client.read<{ id: string; text: string | null }>(
    `UNWIND $ids AS id MATCH (d:Entity {id: id}) WHERE d:Document RETURN d.id AS id, d.text AS text`,
    { ids: [...ids] },
  );
  const byId = new Map(rows.map((row) => [row.id, row.text]));
  return ids.map((id) => byId.get(id) ?? null);
}
