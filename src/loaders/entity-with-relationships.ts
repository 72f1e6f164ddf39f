import {
  entityWithRelationships,
  type GraphClient,
  type RelationshipPage,
  type RelationshipPagePlan,
  type SourcedEntity,
} from '../graph';
import type { RelationshipsAtEntityKey } from './relationships-at-entities';

interface Primable<K, V> {
  prime(key: K, value: V): unknown;
}

/**
 * An entity read together with the relationship pages its query is about to
 * ask for. Every page, and every entity at their far ends, is primed into the
 * request's loaders, so the field resolvers that follow find them there and
 * make no round trip of their own.
 */
export function entityWithRelationshipsReader(
  client: GraphClient,
  loaders: {
    entity: Primable<string, SourcedEntity | null>;
    relationshipsAtEntity: Primable<RelationshipsAtEntityKey, RelationshipPage>;
  },
) {
  return async (id: string, plans: readonly RelationshipPagePlan[]): Promise<SourcedEntity | null> => {
    const found = await entityWithRelationships(client, id, plans);
    if (!found) return null;
    loaders.entity.prime(found.entity.id, found.entity);
    for (const { entityId, request, page } of found.pages) {
      loaders.relationshipsAtEntity.prime({ entityId, request }, page);
      if (!request.reads.wholeOthers) continue;
      for (const item of page.items) loaders.entity.prime(item.other.id, item.other);
    }
    return found.entity;
  };
}
