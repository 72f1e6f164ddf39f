import { getArgumentValues, GraphQLError, type FieldNode } from 'graphql';

import { NewsgraphError } from '../../domain/errors';
import type { RelationshipPageRequest } from '../../graph';
import { afterCursor, pageSize } from '../arguments/page';
import { toCriteria } from '../arguments/relationship-filter';
import type { GraphQLContext } from '../context';
import type { EntityRelationshipsArgs } from '../generated/resolvers-types';
import { collectSubfields, type CollectedField, type SelectionScope } from '../selection/collect-fields';
import { pageReads } from './reads';

/** A field's page request, or the argument error its resolver will report. */
export type DerivedRequest = { request: RelationshipPageRequest } | { error: Error };

/** Per request (its context), per first field node: the requests derived so far. */
type Derivations = Map<FieldNode, Array<{ nodes: readonly FieldNode[]; derived: DerivedRequest }>>;
const derivedByRequest = new WeakMap<GraphQLContext, Derivations>();

/**
 * The page an `Entity.relationships` field asks for, derived ONCE per field
 * (its merged field nodes) per request: the look-ahead that reads pages early
 * and the field resolver both come here and get the same object, which is
 * the loaders' cache key. Arguments are the schema's (defaults applied by
 * graphql-js); a wrong one (a bad cursor, a page over the limit) is thrown to
 * the resolver, at the field's own path.
 */
export function pageRequestOf(
  ctx: GraphQLContext,
  scope: SelectionScope,
  field: CollectedField,
): RelationshipPageRequest {
  const derived = derivedPageRequest(ctx, scope, field);
  if ('error' in derived) throw derived.error;
  return derived.request;
}

/** As pageRequestOf, with an argument error returned rather than thrown (the look-ahead skips such a page). */
export function derivedPageRequest(ctx: GraphQLContext, scope: SelectionScope, field: CollectedField): DerivedRequest {
  let byNode = derivedByRequest.get(ctx);
  if (!byNode) {
    byNode = new Map() as Derivations;
    derivedByRequest.set(ctx, byNode);
  }
  const first = field.nodes[0]!;
  const entries = byNode.get(first) ?? [];
  let entry = entries.find((e) => sameNodes(e.nodes, field.nodes));
  if (!entry) {
    entry = { nodes: field.nodes, derived: derive(ctx, scope, field) };
    entries.push(entry);
    byNode.set(first, entries);
  }
  return entry.derived;
}

function derive(ctx: GraphQLContext, scope: SelectionScope, field: CollectedField): DerivedRequest {
  try {
    const args = getArgumentValues(field.definition!, field.nodes[0]!, scope.variableValues) as EntityRelationshipsArgs;
    const edges = [...collectSubfields(scope, field).values()].filter((f) => f.name === 'edges');
    const under = edges.map((edge) => collectSubfields(scope, edge));
    const subfields = (name: string) =>
      under
        .flatMap((fields) => [...fields.values()].filter((f) => f.name === name))
        .map((f) => collectSubfields(scope, f));
    return {
      request: {
        criteria: toCriteria(args.filter),
        sort: args.sort,
        first: pageSize(args.first, ctx.limits),
        after: afterCursor(args.after),
        reads: pageReads(subfields('node'), subfields('other')),
      },
    };
  } catch (error) {
    // Bad arguments are the caller's to hear about; anything else is a bug and stays one.
    if (error instanceof NewsgraphError || error instanceof GraphQLError) return { error };
    throw error;
  }
}

function sameNodes(a: readonly FieldNode[], b: readonly FieldNode[]): boolean {
  return a.length === b.length && a.every((node, i) => node === b[i]);
}
