import type { PersonResolvers } from '../generated/resolvers-types';
import { fromWhole } from '../entities';
import { entityFields } from './Entity';

export const Person: PersonResolvers = {
  ...entityFields,
  roles: fromWhole((e) => (e.properties.roles as string[] | undefined) ?? []),
};
