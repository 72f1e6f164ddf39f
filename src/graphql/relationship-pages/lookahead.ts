import type { GraphQLResolveInfo } from 'graphql';

import type { RelationshipPagePlan } from '../../graph';
import { requestKey } from '../../loaders';
import type { GraphQLContext } from '../context';
import { deriveRelationshipsRequest } from './request';
import type { FieldSelection } from '../field-collector';
import { resolving, under } from './selection';

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
export function relationshipPlans(info: GraphQLResolveInfo, ctx: GraphQLContext): RelationshipPagePlan[] {
  return plansAt([resolving(info)], info, ctx, 1);
}

function plansAt(
  entities: readonly FieldSelection[],
  info: GraphQLResolveInfo,
  ctx: GraphQLContext,
  level: number,
): RelationshipPagePlan[] {
  // Pages asked for with the same request are one page, whichever kinds and response keys ask.
  const byRequest = new Map<string, { plan: RelationshipPagePlan; pages: FieldSelection[] }>();
  for (const page of under(entities, info, 'relationships')) {
    const derived = deriveRelationshipsRequest(ctx, page, info);
    if ('error' in derived) continue;
    const key = requestKey(derived.request);
    const entry = byRequest.get(key) ?? { plan: { request: derived.request, nested: [] }, pages: [] };
    entry.pages.push(page);
    byRequest.set(key, entry);
  }
  return [...byRequest.values()].slice(0, PAGES_PER_LEVEL).map(({ plan, pages }) => {
    if (level >= LEVELS) return plan;
    const others = under(under(pages, info, 'edges'), info, 'other');
    return { request: plan.request, nested: plansAt(others, info, ctx, level + 1) };
  });
}
