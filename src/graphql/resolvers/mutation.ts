import { requireScope } from '../../domain/viewer';
import {
  addDocument,
  addRelationship,
  addSource,
  createEntity,
  retractRelationship,
  retractSource,
  updateEntity,
  updateRelationship,
  type NewRelationship,
} from '../../graph';
import type { GraphQLContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';

/** An input without its null fields: for a creation, null and absent both mean "not given". */
function given<T extends object>(input: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null && v !== undefined)) as never;
}

/** Every mutation: the `write` scope, then the change as the viewer's actor. */
const writer = (context: GraphQLContext) => {
  requireScope(context.viewer, 'write');
  return context.viewer.actor;
};

export const mutationResolvers: Resolvers = {
  Mutation: {
    addDocument: (_root, { input }, ctx) => addDocument(ctx.graph, writer(ctx), given(input)),
    createEntity: (_root, { input }, ctx) => createEntity(ctx.graph, writer(ctx), given(input)),
    updateEntity: (_root, { input }, ctx) => {
      const { name, aliases, named, properties, reason, ...rest } = input;
      return updateEntity(ctx.graph, writer(ctx), {
        ...rest,
        ...given({ name, aliases, named, properties }),
        reason: reason ?? null,
      });
    },
    addRelationship: (_root, { input }, ctx) => {
      const { sources, ...rest } = input;
      const relationship = { ...given(rest), sources: sources.map((s) => given(s)) } as NewRelationship;
      return addRelationship(ctx.graph, writer(ctx), relationship);
    },
    updateRelationship: (_root, { input }, ctx) => {
      const { type, from, to, status, confidence, qualifiers, ...rest } = input;
      return updateRelationship(ctx.graph, writer(ctx), {
        ...rest,
        ...given({ type, from, to, status, confidence, qualifiers }),
      });
    },
    retractRelationship: (_root, args, ctx) => retractRelationship(ctx.graph, writer(ctx), args),
    addSource: (_root, { input }, ctx) => addSource(ctx.graph, writer(ctx), { ...input, source: given(input.source) }),
    retractSource: (_root, { input }, ctx) => retractSource(ctx.graph, writer(ctx), input),
  },
};
