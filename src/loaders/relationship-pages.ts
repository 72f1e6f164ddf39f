import DataLoader from 'dataloader';

import {
  readRelationshipPages,
  type EntityPages,
  type GraphClient,
  type RelationshipPage,
  type RelationshipPageRequest,
  type RelationshipPagesInput,
  type SourcedEntity,
} from '../graph';

interface PageKey {
  entityId: string;
  request: RelationshipPageRequest;
}

/**
 * The cache key of a request, whatever order its fields were built in: a
 * page read ahead is found by the resolver that asks for it, and two aliases
 * asking for the same page share one read.
 */
export function requestKey(request: RelationshipPageRequest): string {
  // A request is derived once per field and asked for by every entity of a list: key it once.
  let key = keys.get(request);
  if (key === undefined) keys.set(request, (key = canonical(request)));
  return key;
}
const keys = new WeakMap<RelationshipPageRequest, string>();

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  entries.sort(([a], [b]) => (a < b ? -1 : 1));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

const pageKey = ({ entityId, request }: PageKey) => `${requestKey(request)}\u0000${entityId}`;

/**
 * Pages of relationships at entities, per request. `load` batches: keys that
 * share a request become one statement however many entities ask, so a list
 * of N entities each asking for its relationships costs one round trip.
 * `readAhead` reads the pages a query is about to ask for (nested ones too)
 * in one statement and primes them under the keys `load` will be asked.
 * The priming rule: the entities read, and the far ends read whole, go to
 * `primeEntities`; a reference (`EntityRef`) cannot, by its type.
 */
export function relationshipPagesLoader(
  client: GraphClient,
  primeEntities: (entities: Iterable<SourcedEntity>) => void,
) {
  const prime = (read: ReadonlyArray<EntityPages | null>) => {
    for (const at of read) {
      if (!at) continue;
      if (at.entity) primeEntities([at.entity]);
      for (const { entityId, request, page } of at.pages) {
        pages.prime({ entityId, request }, page);
        primeEntities(page.items.flatMap((item) => (item.other.whole ? [item.other.entity] : [])));
      }
    }
  };
  const readAhead = async (input: RelationshipPagesInput) => {
    const read = await readRelationshipPages(client, input);
    prime(read);
    return read;
  };
  const pages = new DataLoader<PageKey, RelationshipPage, string>(
    async (keys) => {
      const groups = new Map<string, { request: RelationshipPageRequest; ids: string[] }>();
      for (const { entityId, request } of keys) {
        const group = groups.get(requestKey(request)) ?? { request, ids: [] };
        group.ids.push(entityId);
        groups.set(requestKey(request), group);
      }
      const found = new Map<string, RelationshipPage>();
      await Promise.all(
        [...groups.values()].map(async ({ request, ids }) => {
          const read = await readAhead({ ids, entities: false, plans: [{ request, nested: [] }] });
          read.forEach((at, i) => found.set(pageKey({ entityId: ids[i]!, request }), at?.pages[0]?.page ?? EMPTY));
        }),
      );
      return keys.map((key) => found.get(pageKey(key))!);
    },
    { cacheKeyFn: pageKey, maxBatchSize: 500 },
  );
  return {
    load: (entityId: string, request: RelationshipPageRequest) => pages.load({ entityId, request }),
    readAhead,
  };
}

/** The page of an entity that does not exist. */
const EMPTY: RelationshipPage = { items: [], hasNextPage: false, totalCount: 0, unorderedCount: 0 };
