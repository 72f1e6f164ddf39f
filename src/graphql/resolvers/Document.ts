import type { PartialDate } from '../../domain/temporal';
import { fromWhole, property } from '../entities';
import type { DocumentResolvers } from '../generated/resolvers-types';
import { entityFields } from './Entity';

export const Document: DocumentResolvers = {
  ...entityFields,
  title: property<string>('title'),
  publisher: property<string>('publisher'),
  published: fromWhole(({ properties: { published, publishedPrecision } }): PartialDate | null =>
    typeof published === 'string' && typeof publishedPrecision === 'string'
      ? { value: published, precision: publishedPrecision as PartialDate['precision'] }
      : null,
  ),
  publishedNote: property<string>('publishedNote'),
  url: property<string>('url'),
  text: (entity, _args, { loaders }) => loaders.documentText.load(entity.id),
};
