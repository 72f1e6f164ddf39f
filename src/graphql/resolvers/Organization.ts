import type { OrganizationResolvers } from '../generated/resolvers-types';
import { property } from '../entities';
import { entityFields } from './Entity';

export const Organization: OrganizationResolvers = {
  ...entityFields,
  category: property<string>('category'),
};
