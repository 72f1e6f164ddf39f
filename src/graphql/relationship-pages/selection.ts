import type { GraphQLResolveInfo } from 'graphql';

import { ENTITY_REF_FIELDS, type PageReads } from '../../graph';
import { runtimeTypes, selectionOf, subfields, subfieldsOn, type FieldSelection } from '../field-collector';

/** The field a resolver is resolving, as a selection to collect from. */
export const resolving = (info: GraphQLResolveInfo): FieldSelection => ({
  nodes: info.fieldNodes,
  type: info.returnType,
});

/**
 * The selections named `name` under `selections`, as execution collects them
 * (fragments, type conditions, @skip/@include), on every type a value may be
 * at run time. A selection several types share is kept once.
 */
export function under(selections: readonly FieldSelection[], info: GraphQLResolveInfo, name: string): FieldSelection[] {
  const found = selections.flatMap((selection) => subfields(selection, info, name).map(selectionOf));
  return found.filter((selection, i) => found.findIndex((other) => sameNodes(other, selection)) === i);
}

export function sameNodes(a: FieldSelection, b: FieldSelection): boolean {
  return a.nodes.length === b.nodes.length && a.nodes.every((node, i) => node === b.nodes[i]);
}

/** The names of the fields `selections` execute, on any runtime type. */
function fieldNames(selections: readonly FieldSelection[], info: GraphQLResolveInfo): Set<string> {
  const names = new Set<string>();
  for (const selection of selections)
    for (const type of runtimeTypes(info.schema, selection.type))
      for (const field of subfieldsOn(info, type, selection.nodes)) names.add(field.definition.name);
  return names;
}

/** Fields of an entity that an EntityRef answers: what names it, and fields that need only its id. */
const REF_FIELDS = new Set<string>([...ENTITY_REF_FIELDS, 'degree', 'mergedFrom', 'relationships']);
/** Fields of a relationship that resolve its ends as whole entities. */
const END_FIELDS = ['from', 'to', 'explanation'];

const needsWholeEntities = (relationshipFields: Set<string>, entityFields: Set<string>) =>
  END_FIELDS.some((name) => relationshipFields.has(name)) || [...entityFields].some((name) => !REF_FIELDS.has(name));

/**
 * What a page's selection reads of each relationship and far end: quotes only
 * when `sources` is asked for, whole far ends only when a field beyond an
 * EntityRef's is (or the relationship's ends are). `items` and `relationship`
 * name the list and the relationship field: `edges`/`node` for a connection,
 * `entries`/`relationship` for a timeline.
 */
function pageReads(selection: FieldSelection, info: GraphQLResolveInfo, items: string, relationship: string) {
  const listed = under([selection], info, items);
  const relationshipFields = fieldNames(under(listed, info, relationship), info);
  const reads: PageReads = {
    sources: relationshipFields.has('sources'),
    wholeOthers: needsWholeEntities(relationshipFields, fieldNames(under(listed, info, 'other'), info)),
    // Always: RelationshipConnection.totalCount is not null, and one COUNT per page is cheap beside the page.
    total: true,
  };
  return reads;
}

export const connectionReads = (selection: FieldSelection, info: GraphQLResolveInfo) =>
  pageReads(selection, info, 'edges', 'node');
export const timelineReads = (info: GraphQLResolveInfo) => pageReads(resolving(info), info, 'entries', 'relationship');

/**
 * What a neighbourhood's selection reads: sources as a page's, the entities
 * reached whole only when more than an EntityRef answers is asked of them
 * (or of the relationships' ends).
 */
export function neighbourhoodReads(info: GraphQLResolveInfo) {
  const edgeFields = fieldNames(under([resolving(info)], info, 'edges'), info);
  const nodeFields = fieldNames(under([resolving(info)], info, 'nodes'), info);
  return { sources: edgeFields.has('sources'), wholeEntities: needsWholeEntities(edgeFields, nodeFields) };
}

/** Whether the resolving field selects a field at `path` (e.g. a timeline's `entity`). */
export function selects(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  return path.reduce((at, name) => under(at, info, name), [resolving(info)]).length > 0;
}
