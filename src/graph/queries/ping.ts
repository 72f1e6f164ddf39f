import type { GraphClient } from '../client';

/** A trivial read: resolves when the database answers queries. */
export async function ping(client: GraphClient): Promise<void> {
  await client.read('RETURN 1 AS ok');
}
