import { getNamedType, isCompositeType, type GraphQLResolveInfo } from 'graphql';

import { ENTITY_REF_FIELDS, type PageReads } from '../../graph';
import { collectFields, collectSubfields, type CollectedField } from '../selection/collect-fields';

/** Fields of an entity that an EntityRef answers (`relationships` and `degree` need only the id). */
const REF_FIELDS: ReadonlySet<string> = new Set(['__typename', ...ENTITY_REF_FIELDS, 'degree', 'relationships']);
/** Fields of a relationship that resolve its ends as whole entities. */
const END_FIELDS: ReadonlySet<string> = new Set(['from', 'to', 'explanation']);

/**
 * What a selection reads of each relationship and far end: quotes only when
 * `sources` is asked for, whole far ends only when a field beyond id, kind
 * and name is (or the relationships' own ends are). Used for `relationships`
 * pages, timeline entries and the neighbourhood alike. A ref that reaches a
 * field it cannot answer is still answered right (the Entity resolvers load
 * the whole entity): this only decides what is read up front.
 */
export function pageReads(
  relationshipFields: Iterable<Map<string, CollectedField>>,
  entityFields: Iterable<Map<string, CollectedField>>,
): PageReads {
  let sources = false;
  let wholeOthers = false;
  for (const fields of relationshipFields) {
    for (const field of fields.values()) {
      if (field.name === 'sources') sources = true;
      if (END_FIELDS.has(field.name)) wholeOthers = true;
    }
  }
  for (const fields of entityFields) {
    for (const field of fields.values()) if (!REF_FIELDS.has(field.name)) wholeOthers = true;
  }
  return { sources, wholeOthers };
}

/**
 * The reads a root field's own selection needs, its relationships and
 * entities found at the given paths (`['entries', 'relationship']`).
 */
export function selectionReads(
  info: GraphQLResolveInfo,
  paths: { relationships: readonly string[]; entities: readonly string[] },
): PageReads {
  const type = getNamedType(info.returnType);
  if (!isCompositeType(type)) return { sources: true, wholeOthers: true };
  const root = collectFields(
    info,
    type,
    info.fieldNodes.map((node) => node.selectionSet),
  );
  const at = (path: readonly string[]) => {
    let level = [root];
    for (const name of path) {
      level = level.flatMap((fields) =>
        [...fields.values()].filter((f) => f.name === name).map((f) => collectSubfields(info, f)),
      );
    }
    return level;
  };
  return pageReads(at(paths.relationships), at(paths.entities));
}
