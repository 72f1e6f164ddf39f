import {
  getArgumentValues,
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isInterfaceType,
  Kind,
  type FieldNode,
  type GraphQLField,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

import type { Limits } from '../../config/types';
import type { PageReads, RelationshipPagePlan } from '../../graph';
import { relationshipPageRequest } from '../arguments/relationship-page';
import type { EntityRelationshipsArgs } from '../generated/resolvers-types';

/**
 * Levels of `relationships` read ahead in one statement: the entity's pages
 * and the pages at their far ends. Deeper levels go through the loaders,
 * which batch each level into one statement anyway.
 */
const LEVELS = 2;
/** Distinct pages read ahead per level; a query asking for more gets the rest through the loaders. */
const PAGES_PER_LEVEL = 4;

/**
 * The pages of relationships an entity field's selection will ask for, read
 * from the query before it runs: `relationships` (aliased, in fragments, on
 * any entity kind) and, under `edges { other { … } }`, the far ends' own.
 * Over-reading is harmless (a page for a kind the entity is not is never
 * looked up); a page whose arguments are wrong is left to its resolver, which
 * reports the error at the right path.
 */
export function relationshipPlans(info: GraphQLResolveInfo, limits: Limits): RelationshipPagePlan[] {
  const entity = info.schema.getType('Entity');
  const field = isInterfaceType(entity) ? entity.getFields()['relationships'] : undefined;
  if (!field) return [];
  return plansAt(info.fieldNodes, { info, limits, field }, 1);
}

interface Walk {
  info: GraphQLResolveInfo;
  limits: Limits;
  field: GraphQLField<unknown, unknown>;
}

function plansAt(entityNodes: readonly FieldNode[], walk: Walk, level: number): RelationshipPagePlan[] {
  // As execution merges them: the field nodes under one response key are one field.
  const byResponseKey = new Map<string, FieldNode[]>();
  for (const node of subfields(entityNodes, walk.info, 'relationships')) {
    const key = node.alias?.value ?? node.name.value;
    byResponseKey.set(key, [...(byResponseKey.get(key) ?? []), node]);
  }
  const bySignature = new Map<string, { plan: RelationshipPagePlan; nodes: FieldNode[] }>();
  for (const nodes of byResponseKey.values()) {
    const request = requestOf(nodes, walk);
    if (!request) continue;
    const signature = JSON.stringify(request);
    const entry = bySignature.get(signature) ?? { plan: { request, nested: [] }, nodes: [] };
    entry.nodes.push(...nodes);
    bySignature.set(signature, entry);
  }
  return [...bySignature.values()].slice(0, PAGES_PER_LEVEL).map(({ plan, nodes }) => {
    if (level >= LEVELS) return plan;
    const others = subfields(subfields(nodes, walk.info, 'edges'), walk.info, 'other');
    return { request: plan.request, nested: plansAt(others, walk, level + 1) };
  });
}

function requestOf(nodes: readonly FieldNode[], walk: Walk) {
  try {
    const args = getArgumentValues(walk.field, nodes[0]!, walk.info.variableValues) as EntityRelationshipsArgs;
    return relationshipPageRequest(args, walk.limits, pageReads(nodes, walk.info));
  } catch {
    return null;
  }
}

/** The fields the selections of `nodes` will execute, through fragments, minus @skip/@include. */
function subselections(nodes: readonly FieldNode[], info: GraphQLResolveInfo): FieldNode[] {
  const found: FieldNode[] = [];
  const visit = (set: SelectionSetNode | undefined, seen: Set<string>) => {
    for (const selection of set?.selections ?? []) {
      if (!included(selection, info)) continue;
      if (selection.kind === Kind.FIELD) {
        found.push(selection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, seen);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        visit(info.fragments[selection.name.value]?.selectionSet, seen);
      }
    }
  };
  for (const node of nodes) visit(node.selectionSet, new Set());
  return found;
}

function subfields(nodes: readonly FieldNode[], info: GraphQLResolveInfo, name: string): FieldNode[] {
  return subselections(nodes, info).filter((node) => node.name.value === name);
}

/** Fields of an entity that its id, kind and name answer (`relationships` and `degree` need only the id). */
const SUMMARY_FIELDS = new Set(['__typename', 'id', 'kind', 'name', 'degree', 'relationships']);
/** Fields of a relationship that resolve its ends as whole entities. */
const END_FIELDS = new Set(['from', 'to', 'explanation']);

/**
 * What a `relationships` selection reads of each relationship and far end:
 * quotes only when `sources` is asked for, whole far ends only when a field
 * beyond id, kind and name is (or the relationship's ends are).
 */
export function pageReads(relationshipsNodes: readonly FieldNode[], info: GraphQLResolveInfo): PageReads {
  const edges = subfields(relationshipsNodes, info, 'edges');
  const relationshipFields = subselections(subfields(edges, info, 'node'), info).map((node) => node.name.value);
  const otherFields = subselections(subfields(edges, info, 'other'), info).map((node) => node.name.value);
  return {
    sources: relationshipFields.includes('sources'),
    wholeOthers:
      relationshipFields.some((name) => END_FIELDS.has(name)) || otherFields.some((name) => !SUMMARY_FIELDS.has(name)),
  };
}

function included(node: Parameters<typeof getDirectiveValues>[1], info: GraphQLResolveInfo): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, info.variableValues)?.['if'] === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues)?.['if'] !== false;
}
