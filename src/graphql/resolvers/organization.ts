import type { Resolvers } from '../generated/resolvers-types';
import { entityFields, property } from './entity';

export const organizationResolvers: Resolvers['Organization'] = {
  ...entityFields,
  category: property<string>('category'),
};
