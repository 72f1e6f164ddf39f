import { NotFoundError } from '../../domain/errors';
import type { SourcedEntity as Entity } from '../../graph';
import type { GraphQLResolveInfo } from 'graphql';

import type { GraphQLContext } from '../context';
import type { EntityRelationshipsArgs, Resolvers } from '../generated/resolvers-types';
import { relationshipConnection, relationshipsRequest } from '../relationship-pages';

/** The interface: an entity's GraphQL type is its kind. */
export const entityResolvers: Resolvers['Entity'] = { __resolveType: (entity) => entity.kind };

/** The fields every entity kind shares; each kind's resolver map spreads these. */
export const entityFields = {
  degree: (entity: Entity, _args: unknown, { loaders }: GraphQLContext) => loaders.degree.load(entity.id),
  mergedFrom: (entity: Entity, _args: unknown, { loaders }: GraphQLContext) => loaders.mergesInto.load(entity.id),
  relationships: async (entity: Entity, args: EntityRelationshipsArgs, ctx: GraphQLContext, info: GraphQLResolveInfo) =>
    relationshipConnection(await ctx.loaders.relationshipPages.load(entity.id, relationshipsRequest(ctx, info, args))),
};

/** A kind-specific property, typed as the SDL field wants it. */
export const property =
  <T>(name: string) =>
  (entity: Entity): T | null =>
    (entity.properties[name] as T | undefined) ?? null;

/** Loads an entity that a stored relationship points at; a dangling id is a bug worth reporting. */
export async function requireEntity({ loaders }: GraphQLContext, id: string): Promise<Entity> {
  const entity = await loaders.entity.load(id);
  if (!entity) throw new NotFoundError('entity', id);
  return entity;
}
