import type { PrisonResolvers } from '../generated/resolvers-types';
import { property } from '../entities';
import { entityFields } from './Entity';

export const Prison: PrisonResolvers = {
  ...entityFields,
  nickname: property<string>('nickname'),
};
