import {
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  type FieldNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

import { ENTITY_REF_FIELDS, type PageReads } from '../../graph';

/** The fields the selections of `nodes` will execute, through fragments, minus @skip/@include. */
export function subselections(nodes: readonly FieldNode[], info: GraphQLResolveInfo): FieldNode[] {
  const found: FieldNode[] = [];
  // One set of visited fragments for all the nodes, as graphql-js collects the fields of one field.
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (!included(selection, info)) continue;
      if (selection.kind === Kind.FIELD) {
        found.push(selection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        visit(info.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  for (const node of nodes) visit(node.selectionSet);
  return found;
}

export function subfields(nodes: readonly FieldNode[], info: GraphQLResolveInfo, name: string): FieldNode[] {
  return subselections(nodes, info).filter((node) => node.name.value === name);
}

function included(node: Parameters<typeof getDirectiveValues>[1], info: GraphQLResolveInfo): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, info.variableValues)?.['if'] === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues)?.['if'] !== false;
}

/** Fields of an entity that an EntityRef answers: what names it, and fields that need only its id. */
const REF_FIELDS = new Set<string>([...ENTITY_REF_FIELDS, '__typename', 'degree', 'mergedFrom', 'relationships']);
/** Fields of a relationship that resolve its ends as whole entities. */
const END_FIELDS = new Set(['from', 'to', 'explanation']);

/**
 * What a page's selection reads of each relationship and far end: quotes only
 * when `sources` is asked for, whole far ends only when a field beyond an
 * EntityRef's is (or the relationship's ends are). `items` and `relationship`
 * name the list and the relationship field: `edges`/`node` for a connection,
 * `entries`/`relationship` for a timeline.
 */
function pageReads(nodes: readonly FieldNode[], info: GraphQLResolveInfo, items: string, relationship: string) {
  const listed = subfields(nodes, info, items);
  const relationshipFields = subselections(subfields(listed, info, relationship), info).map((node) => node.name.value);
  const otherFields = subselections(subfields(listed, info, 'other'), info).map((node) => node.name.value);
  const reads: PageReads = {
    sources: relationshipFields.includes('sources'),
    wholeOthers:
      relationshipFields.some((name) => END_FIELDS.has(name)) || otherFields.some((name) => !REF_FIELDS.has(name)),
    // Always: RelationshipConnection.totalCount is not null, and one COUNT per page is cheap beside the page.
    total: true,
  };
  return reads;
}

export const connectionReads = (nodes: readonly FieldNode[], info: GraphQLResolveInfo) =>
  pageReads(nodes, info, 'edges', 'node');
export const timelineReads = (nodes: readonly FieldNode[], info: GraphQLResolveInfo) =>
  pageReads(nodes, info, 'entries', 'relationship');

/**
 * What a neighbourhood's selection reads: sources as a page's, the entities
 * reached whole only when more than an EntityRef answers is asked of them
 * (or of the relationships' ends).
 */
export function neighbourhoodReads(nodes: readonly FieldNode[], info: GraphQLResolveInfo) {
  const edgeFields = subselections(subfields(nodes, info, 'edges'), info).map((node) => node.name.value);
  const nodeFields = subselections(subfields(nodes, info, 'nodes'), info).map((node) => node.name.value);
  return {
    sources: edgeFields.includes('sources'),
    wholeEntities: edgeFields.some((name) => END_FIELDS.has(name)) || nodeFields.some((name) => !REF_FIELDS.has(name)),
  };
}

/** Whether a field under `nodes` at `path` is selected (e.g. a timeline's `entity`). */
export function selects(nodes: readonly FieldNode[], info: GraphQLResolveInfo, path: readonly string[]): boolean {
  return path.reduce((at, name) => subfields(at, info, name), nodes).length > 0;
}
