import type { FieldNode, GraphQLResolveInfo } from 'graphql';

import type { GraphQLContext } from '../context';
import { fromWhole } from '../entities';
import type { EntityResolvers } from '../generated/resolvers-types';
import type { EntityModel } from '../models';
import { pageRequestOf, toConnection } from '../relationship-pages';

/** The fields every entity kind shares; each kind's resolver map (Person.ts, …) spreads these. */
export const entityFields = {
  aliases: fromWhole((e) => e.aliases),
  description: fromWhole((e) => e.description),
  named: fromWhole((e) => e.named),
  sources: fromWhole((e) => e.sources),
  degree: (entity: EntityModel, _args: unknown, { loaders }: GraphQLContext) => loaders.degree.load(entity.id),
  relationships: async (entity: EntityModel, _args: unknown, ctx: GraphQLContext, info: GraphQLResolveInfo) => {
    const field = {
      name: info.fieldName,
      nodes: info.fieldNodes as FieldNode[],
      definition: info.parentType.getFields()[info.fieldName],
    };
    const request = pageRequestOf(ctx, info, field);
    return toConnection(await ctx.loaders.relationshipPages.load({ entityId: entity.id, request }));
  },
};

export const Entity: EntityResolvers = {
  __resolveType: (entity) => entity.kind,
};
