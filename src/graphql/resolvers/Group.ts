import type { GroupResolvers } from '../generated/resolvers-types';
import { property } from '../entities';
import { entityFields } from './Entity';

export const Group: GroupResolvers = {
  ...entityFields,
  size: property<string>('size'),
};
