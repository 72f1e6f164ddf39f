import type { SourcedEntity as Entity } from '../../graph';
import type { PartialDate } from '../../domain/temporal';
import type { Resolvers } from '../generated/resolvers-types';
import { entityFields, property } from './entity-fields';

const published = (entity: Entity): PartialDate | null => {
  const value = entity.properties.published;
  const precision = entity.properties.publishedPrecision;
  return typeof value === 'string' && typeof precision === 'string'
    ? { value, precision: precision as PartialDate['precision'] }
    : null;
};

/** One resolver map per entity kind: the shared fields plus the kind's own properties. */
export const entityKindResolvers: Resolvers = {
  Entity: { __resolveType: (entity) => entity.kind },
  Person: { ...entityFields, roles: (e) => property<string[]>('roles')(e) ?? [] },
  Government: entityFields,
  Country: { ...entityFields, region: property<string>('region') },
  Organization: { ...entityFields, category: property<string>('category') },
  Prison: { ...entityFields, nickname: property<string>('nickname') },
  Law: {
    ...entityFields,
    enactedYear: property<number>('enactedYear'),
    priorInvocations: property<number>('priorInvocations'),
    priorInvocationsWartimeOnly: property<boolean>('priorInvocationsWartimeOnly'),
  },
  Court: { ...entityFields, jurisdiction: property<string>('jurisdiction') },
  Event: entityFields,
  Document: {
    ...entityFields,
    title: property<string>('title'),
    publisher: property<string>('publisher'),
    published,
    publishedNote: property<string>('publishedNote'),
    url: property<string>('url'),
    text: (entity, _args, { loaders }) => loaders.documentText.load(entity.id),
  },
  Place: entityFields,
  Group: { ...entityFields, size: property<string>('size') },
};
