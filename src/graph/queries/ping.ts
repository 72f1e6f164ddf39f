import type { GraphClient } from '../client';
import type { Statement } from '../cypher/statement';

export const pingStatement = (): Statement => ({ cypher: 'RETURN 1 AS ok', params: {} });

/** A trivial read: resolves when the database answers queries. */
export async function ping(client: GraphClient): Promise<void> {
  const { cypher, params } = pingStatement();
  await client.read(cypher, params);
}
