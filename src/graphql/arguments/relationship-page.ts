import type { Limits } from '../../config/types';
import type { PageReads, RelationshipPageRequest } from '../../graph';
import type { EntityRelationshipsArgs } from '../generated/resolvers-types';
import { afterCursor, pageSize } from './page';
import { toCriteria } from './relationship-filter';

/**
 * The page `Entity.relationships` asks for, checked. The field resolver and
 * the look-ahead that reads pages early both build it here, so a page read
 * early is cached under the very key the resolver looks up.
 */
export function relationshipPageRequest(
  args: EntityRelationshipsArgs,
  limits: Limits,
  reads: PageReads,
): RelationshipPageRequest {
  return {
    criteria: toCriteria(args.filter),
    sort: { field: args.sort?.field ?? 'DATE', order: args.sort?.order ?? 'ASC' },
    first: pageSize(args.first, limits),
    after: afterCursor(args.after),
    reads,
  };
}
