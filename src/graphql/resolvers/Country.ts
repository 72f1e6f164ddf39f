import type { CountryResolvers } from '../generated/resolvers-types';
import { property } from '../entities';
import { entityFields } from './Entity';

export const Country: CountryResolvers = {
  ...entityFields,
  region: property<string>('region'),
};
