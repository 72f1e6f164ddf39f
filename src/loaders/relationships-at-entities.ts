import DataLoader from 'dataloader';

import {
  relationshipsOfEntities,
  type GraphClient,
  type RelationshipPage,
  type RelationshipPageRequest,
  type SourcedEntity,
} from '../graph';

export interface RelationshipsAtEntityKey {
  entityId: string;
  request: RelationshipPageRequest;
}

/**
 * Pages of relationships at many entities. Keys that share the same request
 * (filter, sort, page) become one statement however many entities ask, so a
 * list of N entities each asking for its relationships costs one round trip.
 * The entities at the other ends come with the pages and, when read whole,
 * are handed to `prime`, so that resolving them (`from`, `to`) costs none.
 */
export function relationshipsAtEntitiesLoader(
  client: GraphClient,
  prime: (entities: Iterable<SourcedEntity>) => void = () => undefined,
) {
  return new DataLoader<RelationshipsAtEntityKey, RelationshipPage, string>(
    async (keys) => {
      const groups = new Map<string, { request: RelationshipPageRequest; ids: string[] }>();
      for (const key of keys) {
        const signature = JSON.stringify(key.request);
        const group = groups.get(signature) ?? { request: key.request, ids: [] };
        group.ids.push(key.entityId);
        groups.set(signature, group);
      }
      const pages = new Map<string, RelationshipPage>();
      await Promise.all(
        [...groups.entries()].map(async ([signature, group]) => {
          const results = await relationshipsOfEntities(client, group.ids, group.request);
          group.ids.forEach((id, i) => pages.set(`${signature}\u0000${id}`, results[i]!));
          prime(wholeFarEnds(group.request, results));
        }),
      );
      return keys.map((key) => pages.get(`${JSON.stringify(key.request)}\u0000${key.entityId}`)!);
    },
    { cacheKeyFn: (key) => `${JSON.stringify(key.request)}\u0000${key.entityId}`, maxBatchSize: 500 },
  );
}

/** The far ends of pages that read them whole: only those may stand in the entity loader. */
export function wholeFarEnds(request: RelationshipPageRequest, pages: readonly RelationshipPage[]): SourcedEntity[] {
  return request.reads.wholeOthers ? pages.flatMap((page) => page.items.map((item) => item.other)) : [];
}
