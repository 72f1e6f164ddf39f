import type { Resolvers } from '../generated/resolvers-types';
import { entityFields, property } from './entity';

export const personResolvers: Resolvers['Person'] = {
  ...entityFields,
  roles: (e) => property<string[]>('roles')(e) ?? [],
};
