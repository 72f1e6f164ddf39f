import type { Relationship } from '../domain/model';
import type { SourcedEntity } from '../graph';
import {
  degrees,
  documentTextRevisions,
  documentTexts,
  entitiesById,
  mergesInto,
  relationshipsById,
  type GraphClient,
  type MergeRecord,
  type TextRevisions,
} from '../graph';
import { loaderByKey } from './by-key';
import { relationshipPagesLoader } from './relationship-pages';

export { requestKey } from './relationship-pages';

/**
 * The DataLoaders of one request. Made anew per request so that nothing is
 * cached across requests or users; every batch is one Cypher statement.
 */
export function createLoaders(client: GraphClient) {
  const entity = loaderByKey<SourcedEntity | null>((ids) => entitiesById(client, ids));
  /** Entities a traversal or a page of relationships already fetched need no second round trip. */
  const primeEntities = (entities: Iterable<SourcedEntity>) => {
    for (const e of entities) entity.prime(e.id, e);
  };
  return {
    entity,
    relationship: loaderByKey<Relationship | null>((ids) => relationshipsById(client, ids)),
    degree: loaderByKey<number>((ids) => degrees(client, ids)),
    documentText: loaderByKey<string | null>((ids) => documentTexts(client, ids)),
    /** The merges into each entity (Entity.mergedFrom). */
    mergesInto: loaderByKey<MergeRecord[]>((ids) => mergesInto(client, ids)),
    /** A document's current and retained texts: what a source's offsets index. */
    textRevisions: loaderByKey<TextRevisions | null>((ids) => documentTextRevisions(client, ids)),
    /** Pages of relationships at entities, batched or read ahead; their whole far ends prime `entity`. */
    relationshipPages: relationshipPagesLoader(client, primeEntities),
    primeEntities,
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
