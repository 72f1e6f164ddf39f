import {
  entityWithRelationships,
  type GraphClient,
  type RelationshipPage,
  type RelationshipPagePlan,
  type SourcedEntity,
} from '../graph';
import { wholeFarEnds, type RelationshipsAtEntityKey } from './relationships-at-entities';

/**
 * An entity read together with the relationship pages its query is about to
 * ask for. Every page, and every entity at their far ends, is primed into the
 * request's loaders, so the field resolvers that follow find them there and
 * make no round trip of their own.
 */
export function entityWithRelationshipsReader(
  client: GraphClient,
  relationshipsAtEntity: { prime(key: RelationshipsAtEntityKey, page: RelationshipPage): unknown },
  primeEntities: (entities: Iterable<SourcedEntity>) => void,
) {
  return async (id: string, plans: readonly RelationshipPagePlan[]): Promise<SourcedEntity | null> => {
    const found = await entityWithRelationships(client, id, plans);
    if (!found) return null;
    primeEntities([found.entity]);
    for (const { entityId, request, page } of found.pages) {
      relationshipsAtEntity.prime({ entityId, request }, page);
      primeEntities(wholeFarEnds(request, [page]));
    }
    return found.entity;
  };
}
