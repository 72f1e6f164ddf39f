import { getNamedType, isCompositeType, type GraphQLResolveInfo } from 'graphql';

import type { RelationshipPagePlan, RelationshipPageRequest } from '../../graph';
import type { GraphQLContext } from '../context';
import { collectFields, collectSubfields, type CollectedField, type SelectionScope } from '../selection/collect-fields';
import { derivedPageRequest } from './request';

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
 * Each page's request is the one its resolver will derive (pageRequestOf),
 * so the pages primed are the pages looked up. Over-reading is harmless (a
 * page for a kind the entity is not is never looked up); a page whose
 * arguments are wrong is left to its resolver, which reports it at its path.
 */
export function relationshipPlans(info: GraphQLResolveInfo, ctx: GraphQLContext): RelationshipPagePlan[] {
  const type = getNamedType(info.returnType);
  if (!isCompositeType(type)) return [];
  const fields = collectFields(
    info,
    type,
    info.fieldNodes.map((node) => node.selectionSet),
  );
  return plansAt(info, ctx, fields, 1);
}

function plansAt(
  scope: SelectionScope,
  ctx: GraphQLContext,
  entityFields: Map<string, CollectedField>,
  level: number,
): RelationshipPagePlan[] {
  const plans = new Map<RelationshipPageRequest, CollectedField[]>();
  for (const field of entityFields.values()) {
    if (field.name !== 'relationships' || !field.definition) continue;
    const derived = derivedPageRequest(ctx, scope, field);
    if ('request' in derived) plans.set(derived.request, [...(plans.get(derived.request) ?? []), field]);
  }
  return [...plans].slice(0, PAGES_PER_LEVEL).map(([request, fields]) => {
    if (level >= LEVELS) return { request, nested: [] };
    const others = new Map<string, CollectedField>();
    for (const field of fields) {
      for (const edges of subfieldsNamed(scope, field, 'edges')) {
        for (const other of subfieldsNamed(scope, edges, 'other')) {
          for (const [key, f] of collectSubfields(scope, other)) others.set(`${others.size}:${key}`, f);
        }
      }
    }
    return { request, nested: plansAt(scope, ctx, others, level + 1) };
  });
}

function subfieldsNamed(scope: SelectionScope, field: CollectedField, name: string): CollectedField[] {
  return [...collectSubfields(scope, field).values()].filter((f) => f.name === name);
}
