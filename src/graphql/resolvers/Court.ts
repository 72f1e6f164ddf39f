import type { CourtResolvers } from '../generated/resolvers-types';
import { property } from '../entities';
import { entityFields } from './Entity';

export const Court: CourtResolvers = {
  ...entityFields,
  jurisdiction: property<string>('jurisdiction'),
};
