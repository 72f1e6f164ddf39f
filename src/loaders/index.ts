import type { Relationship } from '../domain/model';
import {
  degrees,
  documentTexts,
  entitiesById,
  isWholeEntity,
  relationshipsById,
  type FarEnd,
  type GraphClient,
  type SourcedEntity,
} from '../graph';
import { loaderByKey } from './by-key';
import { relationshipPages } from './relationship-pages';

export type { RelationshipPageKey, RelationshipPages } from './relationship-pages';

/**
 * The DataLoaders of one request. Made anew per request so that nothing is
 * cached across requests or users; every batch is one Cypher statement.
 */
export function createLoaders(client: GraphClient) {
  const entity = loaderByKey<SourcedEntity | null>((ids) => entitiesById(client, ids));
  /**
   * Entities a traversal or a page of relationships already fetched need no
   * second round trip. The priming rule: only whole entities stand in the
   * entity loader; a ref (id, kind, name) would answer a later `load` with
   * an entity missing its properties.
   */
  const primeEntities = (entities: Iterable<FarEnd>) => {
    for (const e of entities) if (isWholeEntity(e)) entity.prime(e.id, e);
  };
  return {
    entity,
    relationship: loaderByKey<Relationship | null>((ids) => relationshipsById(client, ids)),
    degree: loaderByKey<number>((ids) => degrees(client, ids)),
    documentText: loaderByKey<string | null>((ids) => documentTexts(client, ids)),
    relationshipPages: relationshipPages(client, primeEntities),
    primeEntities,
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
