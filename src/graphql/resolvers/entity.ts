import { NotFoundError } from '../../domain/errors';
import { encodeCursor, type SourcedEntity as Entity } from '../../graph';
import type { GraphQLResolveInfo } from 'graphql';

import { relationshipPageRequest } from '../arguments/relationship-page';
import { pageReads } from '../lookahead/relationship-plans';
import type { GraphQLContext } from '../context';
import type { EntityRelationshipsArgs, Resolvers } from '../generated/resolvers-types';
import type { RelationshipEdgeModel } from '../models';

/** The interface: an entity's GraphQL type is its kind. */
export const entityResolvers: Resolvers['Entity'] = { __resolveType: (entity) => entity.kind };

/** The fields every entity kind shares; each kind's resolver map spreads these. */
export const entityFields = {
  degree: (entity: Entity, _args: unknown, { loaders }: GraphQLContext) => loaders.degree.load(entity.id),
  mergedFrom: (entity: Entity, _args: unknown, { loaders }: GraphQLContext) => loaders.mergesInto.load(entity.id),
  relationships: async (
    entity: Entity,
    args: EntityRelationshipsArgs,
    { loaders, limits }: GraphQLContext,
    info: GraphQLResolveInfo,
  ) => {
    const page = await loaders.relationshipsAtEntity.load({
      entityId: entity.id,
      request: relationshipPageRequest(args, limits, pageReads(info.fieldNodes, info)),
    });
    const edges: RelationshipEdgeModel[] = page.items.map((item) => ({
      cursor: encodeCursor(item.cursor),
      node: item.relationship,
      direction: item.direction,
      otherId: item.otherId,
      other: item.other,
    }));
    return {
      edges,
      totalCount: page.totalCount,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
    };
  },
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
