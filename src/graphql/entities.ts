import { NotFoundError } from '../domain/errors';
import { isWholeEntity, type SourcedEntity } from '../graph';
import type { GraphQLContext } from './context';
import type { EntityModel } from './models';

/** Loads an entity that a stored relationship points at; a dangling id is a bug worth reporting. */
export async function requireEntity({ loaders }: GraphQLContext, id: string): Promise<SourcedEntity> {
  const entity = await loaders.entity.load(id);
  if (!entity) throw new NotFoundError('entity', id);
  return entity;
}

/** The whole entity behind a parent that may be a ref (read as id, kind and name only). */
export function wholeEntity(entity: EntityModel, ctx: GraphQLContext): SourcedEntity | Promise<SourcedEntity> {
  return isWholeEntity(entity) ? entity : requireEntity(ctx, entity.id);
}

/** A field of the whole entity, however the parent was read. */
export const fromWhole =
  <T>(read: (entity: SourcedEntity) => T) =>
  (entity: EntityModel, _args: unknown, ctx: GraphQLContext): T | Promise<T> =>
    isWholeEntity(entity) ? read(entity) : requireEntity(ctx, entity.id).then(read);

/** A kind-specific property, typed as the SDL field wants it. */
export const property = <T>(name: string) => fromWhole((entity) => (entity.properties[name] as T | undefined) ?? null);
