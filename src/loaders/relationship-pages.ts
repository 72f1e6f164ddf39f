import DataLoader from 'dataloader';

import {
  entityWithRelationships,
  relationshipsOfEntities,
  type GraphClient,
  type RelationshipPage,
  type RelationshipPagePlan,
  type RelationshipPageRequest,
  type FarEnd,
  type SourcedEntity,
} from '../graph';

/**
 * A page of relationships at one entity. The request is compared by
 * identity: the GraphQL layer derives one request object per field per
 * operation, so the look-ahead that reads a page early and the resolver that
 * asks for it later hold the very same object. Two equal requests that are
 * different objects only cost a second statement, never a wrong answer.
 */
export interface RelationshipPageKey {
  entityId: string;
  request: RelationshipPageRequest;
}

/**
 * The relationship pages of one request: the DataLoader the `relationships`
 * fields load from (keys sharing a request become one statement however many
 * entities ask, so a list of N entities costs one round trip), and the
 * read-ahead that reads an entity with the pages its query is about to ask
 * for in one statement and primes them. Every far end goes to `prime`, which
 * keeps the whole ones only (see createLoaders).
 */
export function relationshipPages(client: GraphClient, prime: (entities: Iterable<FarEnd>) => void) {
  const requestIds = new Map<RelationshipPageRequest, number>();
  const requestId = (request: RelationshipPageRequest) => {
    let id = requestIds.get(request);
    if (id === undefined) requestIds.set(request, (id = requestIds.size));
    return id;
  };
  const primeFarEnds = (pages: readonly RelationshipPage[]) =>
    prime(pages.flatMap((page) => page.items.map((item) => item.other)));
  const empty: RelationshipPage = { items: [], hasNextPage: false, totalCount: 0 };

  const loader = new DataLoader<RelationshipPageKey, RelationshipPage, string>(
    async (keys) => {
      const groups = new Map<RelationshipPageRequest, string[]>();
      for (const { entityId, request } of keys) {
        const ids = groups.get(request);
        if (ids) ids.push(entityId);
        else groups.set(request, [entityId]);
      }
      const pages = new Map<string, RelationshipPage>();
      await Promise.all(
        [...groups].map(async ([request, ids]) => {
          const found = await relationshipsOfEntities(client, ids, request);
          const read = found.map((at) => at?.page ?? empty);
          ids.forEach((id, i) => pages.set(cacheKey({ entityId: id, request }), read[i]!));
          primeFarEnds(read);
        }),
      );
      return keys.map((key) => pages.get(cacheKey(key))!);
    },
    { cacheKeyFn: (key) => cacheKey(key), maxBatchSize: 500 },
  );
  function cacheKey({ entityId, request }: RelationshipPageKey): string {
    return `${requestId(request)}\u0000${entityId}`;
  }

  return {
    load: (key: RelationshipPageKey) => loader.load(key),
    /** An entity with the pages of relationships its selection asks for, in one round trip; null when unknown. */
    readAhead: async (id: string, plans: readonly RelationshipPagePlan[]): Promise<SourcedEntity | null> => {
      const found = await entityWithRelationships(client, id, plans);
      if (!found) return null;
      prime([found.entity]);
      for (const { entityId, request, page } of found.pages) loader.prime({ entityId, request }, page);
      primeFarEnds(found.pages.map((p) => p.page));
      return found.entity;
    },
  };
}

export type RelationshipPages = ReturnType<typeof relationshipPages>;
