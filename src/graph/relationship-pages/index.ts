import type { GraphClient } from '../client';
import { decodeRelationshipPages, type RelationshipPagesRow } from './decoder';
import { relationshipPagesStatement } from './statement';
import type { EntityPages, RelationshipPagesInput } from './types';

export { relationshipPagesStatement } from './statement';
export { decodeRelationshipPages } from './decoder';
export type * from './types';

/**
 * "Capped, ordered relationships at entities, with the far end": entity
 * pages, the look-ahead's nested pages, the timeline and each step of the
 * neighbourhood all read through here, one statement per call.
 */
export async function readRelationshipPages(
  client: GraphClient,
  input: RelationshipPagesInput,
): Promise<Array<EntityPages | null>> {
  const { cypher, params } = relationshipPagesStatement(input);
  return decodeRelationshipPages(input, await client.read<RelationshipPagesRow>(cypher, params));
}
