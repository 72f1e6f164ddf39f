import type { SourcedEntity } from '../../graph';
import type { Resolvers } from '../generated/resolvers-types';
import type { EntityModel } from '../models';
import { requireEntity } from './entity';

/** Merges chain (a into b, later b into c) at most this deep before the answer is refused as a loop. */
const MAX_CHAIN = 20;

/**
 * `entity(id)` on an entity merged into another answers with the kept one,
 * saying which id was asked for; `load` reads an entity the way the query
 * asked (with its pages of relationships when it selects them).
 */
export async function resolveMerged(
  id: string,
  load: (id: string) => Promise<SourcedEntity | null>,
): Promise<EntityModel | null> {
  let entity = await load(id);
  for (let hops = 0; entity?.mergedInto && hops < MAX_CHAIN; hops += 1) entity = await load(entity.mergedInto);
  if (!entity || entity.mergedInto) return entity;
  return entity.id === id ? entity : { ...entity, resolvedFrom: id };
}

export const entityMergeResolvers: Resolvers['EntityMerge'] = {
  keptId: (merge) => merge.keepId,
  absorbedId: (merge) => merge.absorbId,
  kept: (merge, _args, ctx) => requireEntity(ctx, merge.keepId),
  movedRelationshipIds: (merge) => merge.change.moved.map((m) => m.before.id),
  withdrawnRelationshipIds: (merge) => merge.change.withdrawn.map((r) => r.id),
};
