import { getArgumentValues, isInterfaceType, type FieldNode, type GraphQLResolveInfo } from 'graphql';

import { NewsgraphError } from '../../domain/errors';
import type { RelationshipPageRequest } from '../../graph';
import { afterCursor, pageSize } from '../arguments/page';
import { toCriteria } from '../arguments/relationship-filter';
import type { GraphQLContext } from '../context';
import type { EntityRelationshipsArgs, QueryTimelineArgs } from '../generated/resolvers-types';
import { connectionReads, timelineReads } from './selection';

/** A request, or why the arguments that ask for it are wrong (reported at the field's path). */
export type Derived = { request: RelationshipPageRequest } | { error: NewsgraphError };

interface Memo {
  nodes: readonly FieldNode[];
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
 * The page `Entity.relationships` at `nodes` asks for. `args` are the field's
 * coerced arguments when a resolver asks; the look-ahead has only the nodes.
 */
export function deriveRelationshipsRequest(
  ctx: GraphQLContext,
  nodes: readonly FieldNode[],
  info: GraphQLResolveInfo,
  args?: EntityRelationshipsArgs,
): Derived {
  const byNode = derivedIn.get(ctx) ?? new WeakMap<FieldNode, Memo[]>();
  derivedIn.set(ctx, byNode);
  const memos = byNode.get(nodes[0]!) ?? [];
  byNode.set(nodes[0]!, memos);
  const memo = memos.find((m) => m.nodes.length === nodes.length && m.nodes.every((node, i) => node === nodes[i]));
  if (memo) return memo.derived;
  const derived = coded(() => {
    // Coerced as execution coerces them: the same values the resolver's `args` would hold.
    const given: EntityRelationshipsArgs =
      args ?? getArgumentValues(relationshipsField(info), nodes[0]!, info.variableValues);
    return {
      criteria: toCriteria(given.filter),
      sort: { field: given.sort?.field ?? 'DATE', order: given.sort?.order ?? 'ASC' },
      first: pageSize(given.first, ctx.limits),
      after: afterCursor(given.after),
      reads: connectionReads(nodes, info),
    };
  });
  memos.push({ nodes, derived });
  return derived;
}

/** As deriveRelationshipsRequest, for a resolver: the request, or its arguments' error thrown. */
export function relationshipsRequest(
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
  args: EntityRelationshipsArgs,
): RelationshipPageRequest {
  const derived = deriveRelationshipsRequest(ctx, info.fieldNodes, info, args);
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
    reads: timelineReads(info.fieldNodes, info),
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
