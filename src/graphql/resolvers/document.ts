import type { SourcedEntity as Entity } from '../../graph';
import type { PartialDate } from '../../domain/temporal';
import type { Resolvers } from '../generated/resolvers-types';
import { entityFields, property } from './entity';

const published = (entity: Entity): PartialDate | null => {
  const value = entity.properties.published;
  const precision = entity.properties.publishedPrecision;
  return typeof value === 'string' && typeof precision === 'string'
    ? { value, precision: precision as PartialDate['precision'] }
    : null;
};

export const documentResolvers: Resolvers['Document'] = {
  ...entityFields,
  title: property<string>('title'),
  publisher: property<string>('publisher'),
  published,
  publishedNote: property<string>('publishedNote'),
  url: property<string>('url'),
  text: (entity, _args, { loaders }) => loaders.documentText.load(entity.id),
  textSha256: (doc) => (typeof doc.properties.textSha256 === 'string' ? doc.properties.textSha256 : null),
  textRevision: async (doc, _args, { loaders }) => (await loaders.textRevisions.load(doc.id))?.current.revision ?? null,
  textRevisions: async (doc, _args, { loaders }) => (await loaders.textRevisions.load(doc.id))?.retained ?? [],
};
