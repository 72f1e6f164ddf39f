import { getArgumentValues, isInterfaceType, type FieldNode, type GraphQLResolveInfo } from 'graphql';

import { NewsgraphError } from '../../domain/errors';
import type { RelationshipPageRequest } from '../../graph';
import { afterCursor, pageSize } from '../arguments/page';
import { toCriteria } from '../arguments/relationship-filter';
import type { GraphQLContext } from '../context';
import type { EntityRelationshipsArgs, QueryTimelineArgs } from '../generated/resolvers-types';
import type { FieldSelection } from '../field-collector';
import { connectionReads, resolving, sameNodes, timelineReads } from './selection';

/** A request, or why the arguments that ask for it are wrong (reported at the field's path). */
export type Derived = { request: RelationshipPageRequest } | { error: NewsgraphError };

interface Memo {
  selection: FieldSelection;
  derived: Derived;
}

/**
 * Requests derived in a request, by its context (so per request, gone with it)
 * and by the field nodes execution merges into one field: the look-ahead
 * derives a page's request before its field resolves, the resolver takes
 * that very value; neither derives a second that must match the first.
 */
const derivedIn = new WeakMap<GraphQLContext, WeakMap<FieldNode, Memo[]>>();

/**
 * The page `Entity.relationships` at `selection` asks for. `args` are the
 * field's coerced arguments when a resolver asks; the look-ahead has only the
 * selection.
 */
export function deriveRelationshipsRequest(
  ctx: GraphQLContext,
  selection: FieldSelection,
  info: GraphQLResolveInfo,
  args?: EntityRelationshipsArgs,
): Derived {
  const { nodes } = selection;
  const byNode = derivedIn.get(ctx) ?? new WeakMap<FieldNode, Memo[]>();
  derivedIn.set(ctx, byNode);
  const memos = byNode.get(nodes[0]!) ?? [];
  byNode.set(nodes[0]!, memos);
  const memo = memos.find((m) => sameNodes(m.selection, selection));
  if (memo) return memo.derived;
  const derived = coded(() => {
    // Coerced as execution coerces them: the same values the resolver's `args` would hold.
    // (the schema's own coercion, defaults applied: the generated type describes its result).
    const given =
      args ?? (getArgumentValues(relationshipsField(info), nodes[0]!, info.variableValues) as EntityRelationshipsArgs);
    return {
      criteria: toCriteria(given.filter),
      sort: given.sort,
      first: pageSize(given.first, ctx.limits),
      after: afterCursor(given.after),
      reads: connectionReads(selection, info),
    };
  });
  memos.push({ selection, derived });
  return derived;
}

/** As deriveRelationshipsRequest, for a resolver: the request, or its arguments' error thrown. */
export function relationshipsRequest(
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
  args: EntityRelationshipsArgs,
): RelationshipPageRequest {
  const derived = deriveRelationshipsRequest(ctx, resolving(info), info, args);
  if ('error' in derived) throw derived.error;
  return derived.request;
}

/** The page `Query.timeline` asks for: dated relationships by their span, earliest first. */
export function timelineRequest(ctx: GraphQLContext, info: GraphQLResolveInfo, args: QueryTimelineArgs) {
  const request: RelationshipPageRequest = {
    criteria: toCriteria(args.filter),
    sort: { field: 'SPAN', order: 'ASC' },
    first: pageSize(args.first, ctx.limits),
    after: afterCursor(args.after),
    reads: timelineReads(info),
  };
  return request;
}

/** Only a coded error about the arguments makes a bad request; anything else is a bug and is thrown. */
function coded(derive: () => RelationshipPageRequest): Derived {
  try {
    return { request: derive() };
  } catch (error) {
    if (error instanceof NewsgraphError && (error.code === 'BAD_USER_INPUT' || error.code === 'LIMIT_EXCEEDED')) {
      return { error };
    }
    throw error;
  }
}

function relationshipsField(info: GraphQLResolveInfo) {
  const entity = info.schema.getType('Entity');
  const field = isInterfaceType(entity) ? entity.getFields()['relationships'] : undefined;
  if (!field) throw new Error('Expected the schema to define Entity.relationships, got no such field.');
  return field;
}
